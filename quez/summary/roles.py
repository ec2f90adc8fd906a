"""What a person means to the client, from the opinions found and the questions they came up in."""

from __future__ import annotations

from quez.summary.model import PersonItem
from quez.summary_advice import NAMED_ROLES, ROLE_PHRASES


def give_roles(p: PersonItem, asked, answers_by_q, worker_named: set[tuple[int, str]]) -> None:
    """Roles from the opinions found, and from what the questions the person answered elicit.

    Named by the worker as the answer to "Wie snapt waar je mee worstelt?", a person
    gets that question's role; merely mentioned in free text, only support and
    closeness roles follow (a name in a story is not yet an answer to "who").
    """
    roles: list[str] = []
    for o in p.opinions:
        phrase = ROLE_PHRASES.get(o.stance or "")
        if phrase and phrase not in roles:
            roles.append(phrase)
    tensed = {(t.session_id, t.question_id) for t in p.tensions}
    for session_id, question_id in sorted(p.answers):
        answer = answers_by_q.get((session_id, question_id))
        if answer is None or (session_id, question_id) in tensed:
            continue
        named = (session_id, question_id) in worker_named
        for e in asked[answer.id].elicits:
            phrase = ROLE_PHRASES.get(e) if named or e in NAMED_ROLES else None
            if phrase and phrase not in roles:
                roles.append(phrase)
    p.roles = roles
