"""The action plan on screen: a Markdown document that stays light and fills in by parts.

Textual's ``Markdown`` makes a widget of every table cell and four of every list item:
the demo plan became ~930 widgets, and mounting and laying them out froze the whole
app for seconds. Here

- a table is one widget (:class:`LightTable`) that lays its cells out as text, with
  the same look: a header row in the primary colour, thin lines, right-aligned columns
  where the markdown says so, cells wrapped to the width; too narrow a screen for the
  grid gets one block of "Column: value" lines per row (``plan_table``);
- a bullet list is one widget (:class:`LightList`): bullets with hanging indents,
  nested lists indented further;
- :meth:`PlanDocument.show` mounts the document part by part (one part per heading,
  see ``plan_preview.parts``) and lets the screen refresh between parts, so the top of
  the plan is on screen at once and keys are handled while the rest fills in.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher

from markdown_it import MarkdownIt
from markdown_it.token import Token
from textual.app import ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.await_complete import AwaitComplete
from textual.widgets import Markdown, MarkdownViewer
from textual.widgets.markdown import MarkdownBlock, MarkdownTableOfContents

from cxworkshop.tui.widgets.plan_table import table_lines

_PARAGRAPH = Markdown.BLOCKS["paragraph_open"]  # Textual's module with the classes is private

_BULLET = ".plan-list--bullet"


class _Part:
    """A table row or cell or a list item while the markdown is parsed: plain data, not
    a widget (building ~900 widgets that are never mounted cost ~0.2 s)."""

    def __init__(self, markdown: Markdown, token: Token, *args: object) -> None:
        self._token = token
        self._blocks: list[MarkdownBlock | _Part] = []
        self._content = Content("")
        self.source_range = (token.map[0], token.map[1]) if token.map is not None else (0, 0)
        self.number = token.info  # ordered list items: their number

    def build_from_token(self, token: Token) -> None:
        self._content = MarkdownBlock._token_to_content(self, token)  # type: ignore[arg-type]


class _Row(_Part): ...  # noqa: E701


class _Cell(_Part): ...  # noqa: E701


class _Item(_Part): ...  # noqa: E701


def _alignment(block: _Part) -> str:
    style = str(block._token.attrs.get("style", ""))
    if "right" in style:
        return "right"
    if "center" in style:
        return "center"
    return "left"


class _TextBlock(MarkdownBlock):
    """A block drawn as lines of text laid out for the width it gets (cached per width)."""

    DEFAULT_CSS = """
    _TextBlock { width: 1fr; height: auto; text-wrap: nowrap; text-overflow: clip; }
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._parts: list[MarkdownBlock | _Part] = []
        self._laid_out: dict[int, Content] = {}

    def compose(self) -> ComposeResult:
        self._parts = self._blocks.copy()  # parsed parts: drawn, never mounted
        self._laid_out.clear()
        self._blocks.clear()
        return iter(())

    def _lines(self, width: int) -> list[Content]:
        raise NotImplementedError

    def _text(self, width: int) -> Content:
        width = max(width, 8)
        if width not in self._laid_out:
            if len(self._laid_out) > 8:
                self._laid_out.clear()
            self._laid_out[width] = Content("\n").join(self._lines(width))
        return self._laid_out[width]

    @property
    def plain_text(self) -> str:
        """What the block shows on a wide screen, without trailing spaces."""
        return "\n".join(line.rstrip() for line in self._text(500).plain.split("\n"))

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._text(width).plain.count("\n") + 1

    def render(self) -> Content:
        return self._text(self.content_region.width)


class LightTable(_TextBlock):
    """A markdown table in one widget (Textual's has a widget per cell): a header row in
    the primary colour, thin lines around the cells, right-aligned columns where the
    markdown says so, cells wrapped when the table is wider than the screen; a table
    that cannot fit as a grid shows each row as a block of "Column: value" lines
    (``plan_table``). Laid out again for every width, so a resize switches the form."""

    COMPONENT_CLASSES = MarkdownBlock.COMPONENT_CLASSES | {
        "plan-table--lines", "plan-table--header", "plan-table--label"}

    DEFAULT_CSS = """
    LightTable { margin-bottom: 1; }
    LightTable > .plan-table--lines { color: $foreground 30%; }
    LightTable > .plan-table--header { color: $primary; text-style: bold; }
    LightTable > .plan-table--label { color: $text-muted; }
    """

    @property
    def rows(self) -> list[list[tuple[Content, str]]]:
        """The cells with their alignment, header row first."""
        rows: list[list[tuple[Content, str]]] = []
        for part in _flatten(self._parts):
            if isinstance(part, _Row):
                rows.append([])
            elif isinstance(part, _Cell) and rows:
                rows[-1].append((part._content, _alignment(part)))
        return [row for row in rows if row]

    def _lines(self, width: int) -> list[Content]:
        rows = self.rows
        count = max((len(row) for row in rows), default=0)
        rows = [row + [(Content(""), "left")] * (count - len(row)) for row in rows]
        return table_lines(rows, width)


class LightList(_TextBlock):
    """A bullet or numbered list in one widget (Textual's has four widgets per item): the
    bullet, the item's paragraphs with a hanging indent, nested lists indented further."""

    COMPONENT_CLASSES = MarkdownBlock.COMPONENT_CLASSES | {"plan-list--bullet"}

    DEFAULT_CSS = """
    LightList { margin: 0 0 1 0; }
    LightList LightList { margin: 0; }
    LightList > .plan-list--bullet { color: $text-primary; }
    LightList:light > .plan-list--bullet { color: $text-secondary; }
    """

    BULLETS = ("• ", "▪ ", "‣ ", "⭑ ", "◦ ")

    def _lines(self, width: int) -> list[Content]:
        return _list_lines(self, self._parts, width, 0)


def _list_lines(block: MarkdownBlock, items: Sequence[MarkdownBlock | _Part], width: int,
                depth: int) -> list[Content]:
    ordered = block._token.type == "ordered_list_open"
    numbers = [f"{item.number}. " for item in items if isinstance(item, _Item)]
    indent = max(map(len, numbers), default=2) if ordered else 2
    lines: list[Content] = []
    for item, number in zip([i for i in items if isinstance(i, _Item)], numbers):
        mark = number.rjust(indent) if ordered else LightList.BULLETS[depth % len(LightList.BULLETS)]
        first = True
        for child in item._blocks:
            if isinstance(child, LightList):
                inner = _list_lines(child, child._blocks, width - indent, depth + 1)
            elif isinstance(child, _PARAGRAPH):
                inner = child._content.wrap(max(1, width - indent)) or [Content("")]
            else:
                inner = [Content(child._content.plain)]
            for line in inner:
                head = Content.styled(mark, _BULLET) if first else Content(" " * indent)
                lines.append(head + line)
                first = False
    return lines


def _flatten(parts: Iterable[MarkdownBlock | _Part]) -> Iterable[MarkdownBlock | _Part]:
    for part in parts:
        yield part
        yield from _flatten(part._blocks)


class PlanDocument(Markdown):
    """A Markdown document with light tables and lists, shown part by part."""

    DEFAULT_CSS = """
    PlanDocument MarkdownHeader { max-width: 100%; }
    """  # Textual sizes some headings to their text: a long "B3 · …" was cut at 80 columns

    BLOCKS = {
        **Markdown.BLOCKS,
        "table_open": LightTable,
        "thead_open": _Part,
        "tbody_open": _Part,
        "tr_open": _Row,
        "th_open": _Cell,
        "td_open": _Cell,
        "bullet_list_open": LightList,
        "ordered_list_open": LightList,
        "list_item_unordered_open": _Item,
        "list_item_ordered_open": _Item,
    }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._shown: list[tuple[str, list[MarkdownBlock]]] = []  # each part and its blocks
        self._tokens: dict[str, list[Token]] = {}  # each part's parsed markdown

    def update(self, markdown: str) -> AwaitComplete:
        self._shown = []
        return super().update(markdown)

    async def show(self, parts: Sequence[str], shown_first: Callable[[], object] | None = None) -> None:
        """Show ``parts`` joined by newlines. Parts already on screen stay as they are;
        every new part is mounted in its place and drawn before the next is built (the
        first one in the same refresh as the blocks it replaces), so the top of a new
        plan appears at once and keys are handled in between. ``shown_first`` is called
        once the first new part is on screen."""
        parts = list(parts)
        async with self.lock:
            old = self._shown
            self._shown = []  # until done: a cancelled show leaves nothing to keep
            kept_ids = {id(block) for _, blocks in old for block in blocks}
            stale = [block for block in self.query_children(MarkdownBlock) if id(block) not in kept_ids]
            old_starts = _starts(text for text, _ in old)
            new_starts = _starts(parts)
            self._markdown = "\n".join(parts)
            self._table_of_contents = None
            opcodes = SequenceMatcher(a=[text for text, _ in old], b=parts, autojunk=False).get_opcodes()
            new = [j for tag, _, _, j1, j2 in opcodes if tag != "equal" for j in range(j1, j2)]
            # parsed in a thread: the first new part, then (once it is on screen) all the
            # others at once, never beside the mounting (the parse would hold the GIL)
            self._tokens = {text: self._tokens[text] for text in parts if text in self._tokens}
            await self._parse([parts[j] for j in new[:1]])
            shown: list[tuple[str, list[MarkdownBlock]]] = []
            anchor: MarkdownBlock | None = None  # the last block placed so far
            for tag, i1, i2, j1, j2 in opcodes:
                if tag == "equal":
                    for i, j in zip(range(i1, i2), range(j1, j2)):
                        blocks = old[i][1]
                        _shift(blocks, new_starts[j] - old_starts[i])
                        shown.append((parts[j], blocks))
                        anchor = blocks[-1] if blocks else anchor
                    continue
                stale += [block for _, blocks in old[i1:i2] for block in blocks]
                for j in range(j1, j2):
                    if parts[j] not in self._tokens:
                        await self._parse([parts[k] for k in new])
                    blocks = list(self._parse_markdown(self._tokens[parts[j]]))
                    for block in _flatten(blocks):
                        start, end = block.source_range
                        block.source_range = (start + new_starts[j], end + new_starts[j])
                    with self.app.batch_update():
                        if stale:
                            await self.remove_children(stale)
                            stale = []
                        if blocks:
                            if anchor is not None:
                                await self.mount_all(blocks, after=anchor)
                            elif self.children:
                                await self.mount_all(blocks, before=0)
                            else:
                                await self.mount_all(blocks)
                    shown.append((parts[j], blocks))
                    anchor = blocks[-1] if blocks else anchor
                    await self._refreshed()
                    if shown_first is not None:
                        shown_first()
                        shown_first = None
            if stale:
                await self.remove_children(stale)
            self._shown = shown
            self._last_parsed_line = len(self._markdown.splitlines())
        if shown_first is not None:
            shown_first()
        self.post_message(Markdown.TableOfContentsUpdated(self, self.table_of_contents).set_sender(self))

    async def _parse(self, texts: Sequence[str]) -> None:
        """Parse the ``texts`` not parsed yet, in a thread."""
        missing = list(dict.fromkeys(text for text in texts if text not in self._tokens))
        if missing:
            loop = asyncio.get_running_loop()
            self._tokens.update(zip(missing, await loop.run_in_executor(None, _parse, missing)))

    async def _refreshed(self) -> None:
        """Wait until the screen has drawn what is mounted (keys that came in meanwhile
        are handled before the next part is built)."""
        if not self.is_attached or not self.screen.is_current:
            await asyncio.sleep(0)
            return
        done = asyncio.get_running_loop().create_future()
        self.screen.call_after_refresh(lambda: done.done() or done.set_result(None))
        await done


def _parse(texts: Sequence[str]) -> list[list[Token]]:
    parser = MarkdownIt("gfm-like")  # one per thread
    return [parser.parse(text) for text in texts]


def _starts(parts: Iterable[str]) -> list[int]:
    """The first line of each part when the parts are joined by newlines."""
    starts, line = [], 0
    for part in parts:
        starts.append(line)
        line += part.count("\n") + 1
    return starts


def _shift(blocks: Iterable[MarkdownBlock], lines: int) -> None:
    if lines:
        for top in blocks:
            for block in top.walk_children(MarkdownBlock, with_self=True):
                start, end = block.source_range
                block.source_range = (start + lines, end + lines)


class PlanViewer(MarkdownViewer):
    """Textual's MarkdownViewer (document plus table of contents) around a PlanDocument."""

    @property
    def document(self) -> PlanDocument:
        return self.query_one(PlanDocument)

    def compose(self) -> ComposeResult:
        document = PlanDocument(open_links=False)
        document.can_focus = True
        yield document
        yield MarkdownTableOfContents(document)
