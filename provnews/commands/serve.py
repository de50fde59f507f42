"""`provnews serve`: the review web UI over an archive."""

from __future__ import annotations

from pathlib import Path

import click

from provnews.commands.options import command_config, db_option, existing_archive_path
from provnews.errors import EXIT_USAGE, CLIError


@click.command(name="serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback lets others on the network in.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--read-only", is_flag=True, help="Refuse every write and hide the edit controls.")
@click.option("--reviewer", default=None,
              help="Name stored with every edit and review (default: each browser sets its own).")
@click.option("--datasette-url", default=None, metavar="URL",
              help="A Datasette serving the same archive, to link to (default: `datasette_url` in provnews.toml).")
@click.option("--glossary", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A glossary you edit (CSV zh,en,note or TOML), shown beside each paragraph; re-read when it changes.")
def serve_command(db_path: Path | None, host: str, port: int, read_only: bool, reviewer: str | None,
                  datasette_url: str | None, glossary: Path | None) -> None:
    """Serve the review UI: browse and search the archive, edit and sign off translations.

    Chinese and English are shown paragraph by paragraph; keys j/k move, e edits, r marks reviewed.

    Example:

    \b
        provnews serve --db news.db --reviewer alice

    With Datasette beside it (`datasette news.db --port 8001`), pass --datasette-url
    http://127.0.0.1:8001 and each article links to its rows there; Datasette's views link back
    here (its plugin's `review_url`, default http://127.0.0.1:8000).
    """
    from archive.errors import ArchiveError
    from provnews.glossary import GlossaryError
    from provnews.web import create_app
    from provnews.web.server import BindError, bind, is_loopback, make_server

    path = existing_archive_path(db_path)
    if datasette_url is None:  # the file is read only when needed
        datasette_url = command_config().datasette_url
    if datasette_url is not None and not datasette_url.startswith(("http://", "https://")):
        raise CLIError(f"--datasette-url must be an http(s) URL, not {datasette_url!r}", EXIT_USAGE)
    if reviewer is not None and not reviewer.strip():
        raise CLIError("--reviewer is empty: pass a name, or leave it out", EXIT_USAGE)
    local = is_loopback(host)
    try:
        # Behind a non-loopback address the Host header is whatever name users type, so only the
        # loopback default is pinned (that pin is what defeats DNS rebinding against a local server).
        app = create_app(path, read_only=read_only, reviewer=reviewer,
                         allowed_hosts=None if local and host != "::1" else ["*"], datasette_url=datasette_url,
                         glossary=glossary, models_dir=command_config().translation.models_dir)
    except (ArchiveError, GlossaryError) as exc:
        raise CLIError(str(exc)) from None
    try:
        sock = bind(host, port)
    except BindError as exc:
        raise CLIError(f"{exc}: pick another --port", EXIT_USAGE) from None
    bound_port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Reviewing {path} at http://{shown}:{bound_port}/"
               f"{' (read-only)' if read_only else ''}  (Ctrl+C to stop)", err=True)
    if not local and not read_only:
        click.echo(f"Warning: anyone who can reach {host} can edit translations; add --read-only to prevent it",
                   err=True)
    make_server(app, sock, log_level="warning").run(sockets=[sock])
