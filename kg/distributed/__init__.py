"""Builds spread over processes or machines with Dask (``kg build --workers N | --scheduler ADDR``).

:mod:`~kg.distributed.build` runs the build (map over batches of documents,
reduce over entity summaries, render where the data lies);
:mod:`~kg.distributed.tasks` is what runs on the workers;
:mod:`~kg.distributed.resolution` the reduce and one document's triples;
:mod:`~kg.distributed.sinks` where the graph goes. Nothing here imports Dask
until a build asks for it, except :mod:`~kg.distributed.tasks` (a worker plugin).
"""
