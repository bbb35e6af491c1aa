"""Features of a candidate event for the learned classifier.

Named string features (so every decision can be explained by the weights that
fired): the lexicon's proposal and the rule that fired, the trigger and its
dependents, auxiliary modes, the kinds and sectors of the actors, dependency
context, and the words of the sentence near the trigger.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.events.modality import Modality
from dyads.events.ontology import cameo_info
from dyads.events.roles import Roles
from dyads.events.triggers import Candidate
from dyads.nlp.syntax import per_sentence

WINDOW = 6
FEATURE_VERSION = "3"


def _word(tok: Token) -> str | None:
    if tok.is_punct or tok.is_space or tok.like_num:
        return None
    if tok.ent_type_ in {"GPE", "NORP", "PERSON"}:
        return f"<{tok.ent_type_}>"
    return tok.lemma_.lower()


def featurize(cand: Candidate, roles: Roles, modality: Modality) -> dict[str, float]:
    """Named features of one candidate."""
    f: dict[str, float] = {}
    tok = cand.token
    lemma = cand.lemma
    f[f"lem={lemma}"] = 1
    f[f"pos={cand.pos}"] = 1
    f[f"dep={tok.dep_}"] = 1
    f[f"tag={tok.tag_}"] = 1
    if cand.fallback:
        f["fallback"] = 1
    prop = cand.proposal
    if prop is not None and prop.cameo:
        info = cameo_info(prop.cameo)
        f[f"cameo={prop.cameo}"] = 1
        f[f"root={prop.cameo[:2]}"] = 1
        plover = info.event if info and info.event else "STATEMENT"
        f[f"lex={plover}"] = 2
        f[f"lex={plover}|lem={lemma}"] = 1
        if "[" in prop.rule or "+" in prop.rule:
            f["lex_pattern"] = 1
    else:
        f["lex=NONE"] = 1
    ctx = cand.ctx
    for o in ctx.objects:
        f[f"obj={o}"] = 1
        f[f"lem={lemma}|obj={o}"] = 1
    for prep, obj in ctx.preps:
        f[f"prep={prep}"] = 1
        if obj:
            f[f"prep={prep}|{obj}"] = 1
    for x in ctx.xcomps:
        f[f"xcomp={x}"] = 1
        f[f"lem={lemma}|xcomp={x}"] = 1
    for m in ctx.modifiers:
        f[f"mod={m}"] = 1
    if ctx.particle:
        f[f"prt={lemma}_{ctx.particle}"] = 1
    if ctx.passive:
        f["passive"] = 1
    for part in cand.parts:
        if part is not tok:
            f[f"part={part.lemma_.lower()}"] = 1
    for gov in cand.governors:
        f[f"gov={gov.lemma_.lower()}"] = 1
    for flag in modality.flags:
        f[f"aux={flag}"] = 1
        if prop is not None and prop.cameo:
            info = cameo_info(prop.cameo)
            if info and info.event:
                f[f"aux={flag}|lex={info.event}"] = 1
    head = tok.head
    if head is not tok:
        f[f"head={head.lemma_.lower()}"] = 1
    _role_features(f, "actor", roles.actor)
    _role_features(f, "recipient", roles.recipient)
    if roles.claimed_by is not None:
        f["claimed"] = 1
    _context_words(f, cand)
    return f


def _role_features(f: dict[str, float], side: str, ents: list) -> None:
    if not ents:
        f[f"{side}=none"] = 1
        return
    f[f"{side}=yes"] = 1
    if len(ents) > 1:
        f[f"{side}=many"] = 1
    for e in ents[:3]:
        if e.sector:
            f[f"{side}_sector={e.sector}"] = 1
        kind = (e.kb_id or e.resolution or "x").split(":")[0]
        f[f"{side}_kind={kind}"] = 1


def sentence_words(sent: Span) -> list[tuple[int, str]]:
    """Content words of a sentence: (token index, word)."""
    out = []
    for t in sent:
        w = _word(t)
        if w is not None and not (t.is_stop and t.dep_ != "neg"):
            out.append((t.i, w))
    return out


def _context_words(f: dict[str, float], cand: Candidate) -> None:
    tok = cand.token
    sent = cand.sent or tok.sent
    words = per_sentence(sent, "words", sentence_words)
    for i, w in words:
        f[f"w={w}"] = 1
        if abs(i - tok.i) <= WINDOW:
            f[f"near{'L' if i < tok.i else 'R'}={w}"] = 1
    doc = tok.doc
    lo, hi = max(sent.start, tok.i - 3), min(sent.end, tok.i + 4)
    for i in range(lo, hi - 1):
        f[f"bg={doc[i].lower_}_{doc[i + 1].lower_}"] = 1
