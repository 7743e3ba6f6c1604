"""Child process for the crash test: logs dossiers in a loop and prints each code once saved."""

import sys
from pathlib import Path

from desk_app.domain.dossier import Person
from desk_app.services import intake, office
from desk_app.services.context import DeskContext


def main() -> None:
    ctx = DeskContext.open(Path(sys.argv[1]))
    if not ctx.office().configured:
        office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập")
    print("ready", flush=True)
    names = ("An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Nam")
    n = 0
    while True:
        n += 1
        name = f"Nguyễn Văn {names[n % len(names)]}"
        dossier = intake.intake(ctx, intake.IntakeRequest("1.004873", Person(name)))
        print(dossier.code, flush=True)  # "saved" as the clerk would see it


if __name__ == "__main__":
    main()
