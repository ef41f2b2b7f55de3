"""``python -m kesos_extract``: the same as the ``kesos-extract`` command."""

from .cli import main

if __name__ == "__main__":
    main()
