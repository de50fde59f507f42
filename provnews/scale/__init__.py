"""Crawling and translating on worker hosts: Celery over a Redis broker, one writer (docs/scaling.md).

`broker` (the broker's address: checks, masking, the Celery app and its settings), `wire`
(compact JSON payloads), `tasks` (what a worker runs: a host group's crawl in a child process,
a batch of sentences), `crawl_child` (that child process, forked from a worker
process that imported the crawl's modules, `provnews.preload`), `worker` (`provnews worker`),
`writer` (`provnews run/crawl/translate --broker`: dispatch, receive, store through the local
path). Celery is imported lazily: provnews works without the `scale` extra.
"""
