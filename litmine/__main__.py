"""`litmine` and `python -m litmine`: the command line, loading only the command it runs.

Example:
    >>> from litmine.__main__ import main  # doctest: +SKIP
    >>> main(["query", "welfare"])  # doctest: +SKIP
"""

import sys


def main(argv: list[str] | None = None) -> None:
    """Run the command line on argv (default: this process's arguments); exits with the command's exit code."""
    import litmine

    args = sys.argv[1:] if argv is None else argv
    # read by litmine/cli/__init__.py: register only this command's modules (the first argument names the command)
    litmine._cli_command = args[0] if args else None
    from litmine.cli import app

    app(args=args, prog_name="litmine")


if __name__ == "__main__":
    main()
