import pytest

from desk_app.domain.codes import daily_number, format_code, looks_like_code
from desk_app.domain.dossier import EventKind, Status, allowed_events, next_status
from desk_app.domain.errors import DeskError, TransitionError


def test_happy_path():
    status = Status.RECEIVED
    for event, expected in [
        (EventKind.TRANSFER, Status.IN_PROGRESS),
        (EventKind.REQUEST_SUPPLEMENT, Status.SUPPLEMENT_REQUESTED),
        (EventKind.SUPPLEMENT_RECEIVED, Status.IN_PROGRESS),
        (EventKind.FINISH, Status.FINISHED),
        (EventKind.RETURN, Status.RETURNED),
    ]:
        status = next_status(status, event)
        assert status is expected


@pytest.mark.parametrize("status, event", [
    (Status.RECEIVED, EventKind.RETURN),
    (Status.RETURNED, EventKind.FINISH),
    (Status.FINISHED, EventKind.REQUEST_SUPPLEMENT),
    (Status.REFUSED, EventKind.TRANSFER),
    (Status.IN_PROGRESS, EventKind.SUPPLEMENT_RECEIVED),
])
def test_refused_transitions_name_the_state(status, event):
    with pytest.raises(TransitionError) as info:
        next_status(status, event)
    assert status.label in info.value.message


def test_closed_states_allow_nothing():
    for status in (Status.RETURNED, Status.REFUSED, Status.WITHDRAWN, Status.STOPPED):
        assert allowed_events(status) == []


def test_late_is_not_a_status():
    assert not any("late" in s.key or "overdue" in s.key for s in Status)
    assert [int(s) for s in Status] == list(range(1, 11))


def test_codes_per_desk_blocks_never_overlap():
    from datetime import date

    desk1 = {daily_number(1, n) for n in range(1, 1000)}
    desk2 = {daily_number(2, n) for n in range(1, 1000)}
    assert not desk1 & desk2
    code = format_code("H21.17", date(2025, 11, 22), daily_number(1, 7))
    assert code == "H21.17-251122-1007"
    assert looks_like_code(code)
    with pytest.raises(DeskError):
        daily_number(1, 1000)
