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
@click.option("--auth/--no-auth", "auth", default=None,
              help="Require signing in to an account (provnews users add); needed off loopback. --no-auth:"
                   " anyone who reaches the port may edit (a trusted network only).")
@click.option("--session-idle", type=click.FloatRange(min=0, min_open=True), default=None, metavar="MINUTES",
              help="With --auth, a session unused this long is over (default: [review] session_idle_minutes, 60).")
@click.option("--trusted-proxy", "trusted_proxies", multiple=True, metavar="ADDRESS",
              help="A proxy whose X-Forwarded-Proto/-For are believed (repeatable; default: loopback).")
def serve_command(db_path: Path | None, host: str, port: int, read_only: bool, reviewer: str | None,
                  datasette_url: str | None, glossary: Path | None, auth: bool | None, session_idle: float | None,
                  trusted_proxies: tuple[str, ...]) -> None:
    """Serve the review UI: browse and search the archive, edit and sign off translations.

    Chinese and English are shown paragraph by paragraph; keys j/k move, e edits, r marks reviewed.

    Example:

    \b
        provnews serve --db news.db --reviewer alice
        provnews serve --db news.db --auth --host 0.0.0.0   # accounts: provnews users

    Atom feeds, for a feed reader (docs/feeds.md):

    \b
        /feeds/all.atom               every site
        /feeds/site/SITE.atom         one site: /feeds/site/zj-zh.atom
        /feeds/province/CODE.atom     a province's sites: /feeds/province/zj.atom
        /feeds/search.atom?q=QUERY    what `provnews search QUERY` finds

    A site or province feed takes ?q=QUERY too, and every feed ?limit=N.

    Accounts (--auth): everyone signs in to an account kept in the archive, in a role: reader
    (browse, search, feeds), reviewer (also edit translations and mark them reviewed) or editor
    (also confirm or reject pairs, manage the glossary). `provnews users add NAME --role editor`
    makes one (docs/review.md). A feed reader, which cannot sign in, adds ?token=TOKEN to the feed's
    URL, from `provnews users token NAME`. Off loopback, --auth is required (or --no-auth, printed
    as a warning at every start).

    With Datasette beside it (`datasette news.db --port 8001`), pass --datasette-url
    http://127.0.0.1:8001 and each article links to its rows there; Datasette's views link back
    here (its plugin's `review_url`, default http://127.0.0.1:8000).
    """
    from archive.errors import ArchiveError
    from provnews.glossary import GlossaryError
    from provnews.web import create_app
    from provnews.web.server import BindError, bind, is_loopback, make_server

    local = is_loopback(host)
    if not local and auth is None:
        raise CLIError(f"serving on {host} without accounts would let anyone who reaches it in: add --auth"
                       " (accounts: provnews users add NAME --role editor), or --no-auth on a trusted network",
                       EXIT_USAGE)
    path = existing_archive_path(db_path)
    config = command_config(review={"session_idle_minutes": session_idle,
                                    "trusted_proxies": list(trusted_proxies) or None})
    if datasette_url is None:  # the file is read only when needed
        datasette_url = config.datasette_url
    if datasette_url is not None and not datasette_url.startswith(("http://", "https://")):
        raise CLIError(f"--datasette-url must be an http(s) URL, not {datasette_url!r}", EXIT_USAGE)
    if reviewer is not None and not reviewer.strip():
        raise CLIError("--reviewer is empty: pass a name, or leave it out", EXIT_USAGE)
    if auth:
        from provnews.accounts import configure_hashing

        configure_hashing(config.review.argon2_time_cost, config.review.argon2_memory_kib,
                          config.review.argon2_parallelism)
    if auth and reviewer is not None:
        raise CLIError("with --auth, edits are signed with the account's name: leave out --reviewer", EXIT_USAGE)
    try:
        # Behind a non-loopback address the Host header is whatever name users type, so only the
        # loopback default is pinned (that pin is what defeats DNS rebinding against a local server).
        app = create_app(path, read_only=read_only, reviewer=reviewer,
                         allowed_hosts=None if local and host != "::1" else ["*"], datasette_url=datasette_url,
                         glossary=glossary, auth=bool(auth),
                         session_idle_minutes=config.review.session_idle_minutes,
                         models_dir=config.translation.models_dir)
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
    if auth is False:
        doing = "read the archive" if read_only else "edit translations under any name"
        click.echo(f"Warning: --no-auth: anyone who can reach {host}:{bound_port} can {doing};"
                   " use --auth on any network you do not trust (docs/review.md)", err=True)
    make_server(app, sock, log_level="warning", trusted_proxies=config.review.trusted_proxies).run(sockets=[sock])
