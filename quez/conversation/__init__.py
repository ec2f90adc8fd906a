"""A conversation as plain Python (no textual): its order, the rules of moving through it, and
what is saved when. The conversation screen (quez.tui.screens.conversation) drives a
:class:`~quez.conversation.conversation.Conversation` and keeps the widgets, timers and focus.

Modules: :mod:`~quez.conversation.follow_up_id` (the one place a follow-up's id is made and read),
:mod:`~quez.conversation.flow` (the steps in order), :mod:`~quez.conversation.conversation`
(moving, statuses, follow-ups, autosave), :mod:`~quez.conversation.named` (persons and ties named),
:mod:`~quez.conversation.person_entry` ("Els — tante"), :mod:`~quez.conversation.visits`
(where a conversation stopped).
"""
