"""Benchmarks: synthetic-but-realistic page corpora and speed measurements of the pipeline stages."""
