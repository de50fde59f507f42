"""Imported once by the forkserver of `tests/support/forked.py`: the crawl's modules
(`provnews.preload`, as `provnews worker` preloads them) and the CLI's, so that a forked run
does not import them again; and the pairing's CC-CEDICT dictionary, which every `run` with English
articles loads (from its disk cache, else built: translations.lexicon.load_dictionary) and which is
kept per process. Nothing here installs a Twisted reactor (`forked` checks it in every child)."""

from provnews.preload import preload_crawl
from translations.lexicon import dictionary

preload_crawl(["crawler.spiders", "provnews.cli", "provnews.lock", "provnews.runner", "provnews.commands.crawl",
               "provnews.commands.run", "provnews.commands.options", "translations.engine",
               "translations.packages", "translations.protect", "translations.errors"])
dictionary()
