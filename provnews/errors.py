"""How the CLI reports a failure: one line on stderr, then a graded exit code."""

from __future__ import annotations

import click

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_DAMAGED = 65  # EX_DATAERR: the archive file is damaged; `provnews doctor` gives the repair commands
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; cron may simply try again later
EXIT_BROKER_LOST = 75  # EX_TEMPFAIL too: the workers' broker went away; the next run completes the rest


class CLIError(click.ClickException):
    """An error the user can fix: printed as `Error: message`, exit code as given."""

    def __init__(self, message: str, exit_code: int = EXIT_SOME_FAILED):
        super().__init__(message)
        self.exit_code = exit_code
