"""Chart builders and printable reports."""
