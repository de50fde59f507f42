"""The installed provnews version, named in the files the archive writes (TMX header, WARC warcinfo).

Read from the distribution: the archive package never imports the CLI package above it.
"""

from importlib.metadata import PackageNotFoundError, version


def provnews_version() -> str:
    try:
        return version("provnews")
    except PackageNotFoundError:
        return "unknown"
