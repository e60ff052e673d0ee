"""Stage order: run one article or a stream of them through sources → clean → nlp → events → record."""

# The implementation lands with the event stage; the signatures below are the contract other modules use:
#
#   class Pipeline:
#       def __init__(self, settings: Settings) -> None
#       def code(self, raw: RawArticle) -> CodedArticle                       # raises InputError
#       def code_stream(self, items: Iterable[RawArticle | InputError]) -> Iterator[CodedArticle | InputError]
