"""Entry point: a subcommand runs the command line; none opens the app.

Arguments are parsed before anything heavy is imported, so the command line never
loads Qt or matplotlib.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from leadership_desk.cli import build_parser, run

    args_list = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(args_list)
    if args.command:
        try:
            code = run(args=args)  # parsed once: building the parser costs time too
            sys.stdout.flush()
        except BrokenPipeError:
            # the reader of our output went away (`... --json | head -1`): nothing is wrong
            # with the log, and Python would otherwise complain again at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
        return code
    from leadership_desk.app import run_app

    return run_app(db=args.db, demo=args.demo, smoke_test=args.smoke_test)


if __name__ == "__main__":
    sys.exit(main())
