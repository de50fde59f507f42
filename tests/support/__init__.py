"""Test machinery, never installed with provnews (pyproject.toml installs crawler, archive,
translations and provnews only); bench/ uses it too.

* `mirror`: the demo mirrors' server with a request log, observers and injected faults, over
  data a test changes between crawls (`update_article`, `add_article`);
* `challenge`: mirrors of portals that need a browser (a JavaScript challenge, a script-filled
  column page);
* `random_package`: an Argos package of the real format with random weights
  (`python -m tests.support.random_package OUT_DIR`);
* `forked` (with `preload_crawl`): the CLI run in a child forked from a warm forkserver;
* `shared`: a costly session fixture built once for all of pytest-xdist's workers.

Nothing here is imported on import of the package: `random_package` runs as its own process and
must not find torch (or anything else) loaded.
"""
