"""Stage order: sources → clean → nlp → actors → events (factuality, time, attribution, place) → record.

:class:`Pipeline` loads what the stages need once (spaCy pipeline, knowledge base, lexicons) and codes one article
(:meth:`Pipeline.code`) or a stream of them (:meth:`Pipeline.code_stream`, batching the parser). Errors of one
article never stop a stream: they come out in its place as :class:`InputError`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import attribution, nlp
from eventwire.actors.knowledge import KnowledgeBase, load_knowledge
from eventwire.actors.matching import KBMatcher, shared_matcher
from eventwire.actors.mentions import find_mentions
from eventwire.clean import clean_article
from eventwire.errors import EventwireError, InputError
from eventwire.events.build import build_events
from eventwire.events.context import ArticleContext, to_actor
from eventwire.events.lexicon import Lexicon, load_lexicon
from eventwire.headline import repair_headline
from eventwire.location import lookup_place
from eventwire.models import Article, CodedArticle, Origin, Quote, RawArticle
from eventwire.settings import Settings
from eventwire.timex import find_timexes
from eventwire.truecase import truecase_headline

log = logging.getLogger(__name__)


class Pipeline:
    """Codes articles. Build once per process: loading the model and the knowledge takes a few seconds."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @cached_property
    def nlp(self) -> Language:
        return nlp.load(self.settings.model)

    @cached_property
    def kb(self) -> KnowledgeBase:
        return load_knowledge(tuple(self.settings.actor_files))

    @cached_property
    def lexicon(self) -> Lexicon:
        return load_lexicon(tuple(self.settings.lexicon_files))

    @cached_property
    def matcher(self) -> KBMatcher:
        return shared_matcher(self.nlp, self.kb)

    def load(self) -> None:
        """Load the model, the knowledge base and the lexicons now (they otherwise load on first use)."""
        _ = self.matcher, self.lexicon

    # -- stages ---------------------------------------------------------------------------------------------
    def clean(self, raw: RawArticle) -> Article:
        return clean_article(
            raw,
            default_date=self.settings.default_date,
            min_html_chars=self.settings.html_min_chars,
            headline_in_text=self.settings.headline_in_text,
        )

    def code_parsed(self, article: Article, doc: Doc) -> CodedArticle:
        """Everything after parsing: actors, events, quotes."""
        if article.title and self.settings.headline_in_text and "\n\n" in article.text:
            repair_headline(doc, article.text.index("\n\n"), self.lexicon)
        mentions = find_mentions(
            doc,
            self.matcher,
            published=article.published,
            fuzzy_threshold=self.settings.fuzzy_threshold,
            home=self._home(article),
        )
        timexes = []
        for timex in find_timexes(article.text):
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is not None and len(span):
                timexes.append((timex, span.root))
        ctx = ArticleContext(
            article_id=article.id,
            text=article.text,
            doc=doc,
            mentions=mentions,
            kb=self.kb,
            lexicon=self.lexicon,
            published=article.published,
            timexes=timexes,
        )
        events = build_events(ctx)
        quotes = tuple(_quote(article.text, q) for q in attribution.find_quotes(doc, mentions))
        actors = tuple(to_actor(m, article.text) for m in mentions.listed())
        return CodedArticle(article=article, events=tuple(events), quotes=quotes, actors=actors)

    def parser_text(self, article: Article) -> str:
        """What spaCy reads: the article text with a title-case headline in sentence case (same length)."""
        if article.title and self.settings.headline_in_text:
            return truecase_headline(article.text, is_name=self._is_name)
        return article.text

    def _is_name(self, word: str) -> bool:
        return word in self.kb.surfaces or word.upper() == word

    def _home(self, article: Article) -> str | None:
        """The country of the dateline's place ("TAIPEI, Sept 10 (Reuters)" → TWN), if it names one."""
        if not article.dateline:
            return None
        place = article.dateline.split(",")[0].split("(")[0].strip()
        if not place or any(ch.isdigit() for ch in place):
            return None
        found = lookup_place(place.title() if place.isupper() else place, self.kb)
        return found.country if found is not None else None

    # -- whole articles -------------------------------------------------------------------------------------
    def code(self, raw: RawArticle) -> CodedArticle:
        article = self.clean(raw)
        return self.code_parsed(article, self.nlp(self.parser_text(article)))

    def code_text(self, text: str, **fields: object) -> CodedArticle:
        """Code a string (a convenience for the API and tests)."""
        return self.code(RawArticle(origin=Origin(), text=text, **fields))  # type: ignore[arg-type]

    def code_stream(self, items: Iterable[RawArticle | InputError]) -> Iterator[CodedArticle | InputError]:
        """Code a stream in input order; unreadable inputs pass through as errors, in their place.

        The model and the knowledge load before the first article, so a broken setup fails at once.
        """
        self.load()
        cleaned = (self._clean_or_error(item) for item in items)
        batch: list[Article | InputError] = []
        for item in cleaned:
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _clean_or_error(self, item: RawArticle | InputError) -> Article | InputError:
        if isinstance(item, InputError):
            return item
        try:
            return self.clean(item)
        except InputError as exc:
            return exc
        except EventwireError as exc:
            return InputError(item.origin.describe(), str(exc))

    def _code_batch(self, batch: list[Article | InputError]) -> Iterator[CodedArticle | InputError]:
        articles = [a for a in batch if isinstance(a, Article)]
        texts = (self.parser_text(a) for a in articles)
        docs = iter(self.nlp.pipe(texts, batch_size=self.settings.batch_size))
        for item in batch:
            if isinstance(item, InputError):
                yield item
                continue
            doc = next(docs)
            try:
                yield self.code_parsed(item, doc)
            except Exception as exc:  # one bad article never stops a batch; the reason is kept
                log.exception("coding failed for %s", item.origin.describe())
                yield InputError(item.origin.describe(), f"coding failed: {type(exc).__name__}: {exc}")


def _quote(text: str, quote: attribution.QuoteSpan) -> Quote:
    said = quote.said
    speaker = to_actor(said.speaker, text) if said and said.speaker else None
    return Quote(
        speaker=speaker,
        text=text[quote.start_char : quote.end_char],
        direct=quote.direct,
        cue=said.cue if said else None,
        start=quote.start_char,
        end=quote.end_char,
        via=tuple(attribution.channel_name(m) for m in said.via) if said else (),
    )
