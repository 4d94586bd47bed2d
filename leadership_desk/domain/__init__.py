"""Pure rules of the product: activities, categories, periods and the balance. Stdlib only."""
