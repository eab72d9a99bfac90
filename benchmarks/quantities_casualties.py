"""Casualty counts from short event notes (ACLED style) and Indonesian news sentences.

The notes below were written for this benchmark in the style of conflict-event coding notes
(they are not copied from any dataset) with the fatality count a coder would record; Indonesian
sentences follow common wire phrasing. A note is right when the sum of the amounts of its
``casualties`` quantities equals the coded count (0 when no casualty quantity is found).

Usage::

    python benchmarks/quantities_casualties.py [-v]
"""

from __future__ import annotations

import argparse

from conflictlens.document import make_document
from conflictlens.extract import quantities

EN = [
    ("Militants attacked a village, killing 12 civilians and abducting 3 women.", 12),
    ("At least 7 soldiers were killed when an IED struck their convoy.", 7),
    ("Police fired on protesters, killing two and injuring 15.", 2),
    ("A civilian was killed by a stray bullet during clashes between rival militias.", 1),
    ("Unidentified gunmen shot dead a local chief near the market.", 1),
    ("Airstrikes on the town left 23 people dead, including 9 children.", 23),
    ("Fighting between the army and rebels resulted in 40 fatalities on both sides.", 40),
    ("Dozens of people were killed in an attack on a mosque.", 24),
    ("Rebels ambushed an army patrol; 5 soldiers died and 8 were wounded.", 5),
    ("The bodies of 14 men were found in a mass grave outside the city.", 14),
    ("A suicide bomber blew himself up at a checkpoint, killing 3 police officers.", 3),
    ("Clashes erupted between herders and farmers; 11 people were killed.", 11),
    ("An explosion killed a child and wounded four others.", 1),
    ("Security forces arrested 30 protesters; no fatalities were reported.", 0),
    ("Armed men raided the village and killed more than 20 residents.", 20),
    ("Shelling killed six civilians and destroyed several houses.", 6),
    ("Around 100 people were killed in fighting over the weekend.", 100),
    ("The attack killed 18 people and injured dozens.", 18),
    ("Three soldiers and two militants were killed in an exchange of fire.", 5),
    ("A drone strike killed a senior commander and his driver.", 1),
    ("Clashes left one protester dead and 12 injured.", 1),
    ("Gunmen killed 9 worshippers at a church on Sunday.", 9),
    ("The death toll from the bombing rose to 27.", 27),
    ("Two people died after police used tear gas.", 2),
    ("Insurgents executed 4 hostages.", 4),
    ("An airstrike hit a wedding party, killing at least 35 guests.", 35),
    ("Unknown assailants killed a journalist in his home.", 1),
    ("Eight people were reported killed in a landmine explosion.", 8),
    ("Troops killed 15 suspected militants in a raid.", 15),
    ("A mob lynched a man accused of theft.", 0),
]

ID = [
    ("Sedikitnya 12 orang tewas dalam serangan bom di pasar.", 12),
    ("Serangan udara menewaskan 23 warga sipil, termasuk 9 anak-anak.", 23),
    ("Seorang tentara gugur dalam kontak tembak dengan kelompok bersenjata.", 1),
    ("Bentrokan antarwarga menyebabkan dua orang meninggal dunia dan lima luka-luka.", 2),
    ("Korban tewas akibat gempa bertambah menjadi 105 orang.", 105),
    ("Lebih dari 300 orang tewas dalam konflik tersebut.", 300),
    ("Puluhan orang tewas dan ratusan lainnya luka-luka.", 20),
    ("Empat polisi tewas ditembak orang tak dikenal.", 4),
    ("Sebanyak 1.500 orang mengungsi, tidak ada korban jiwa.", 0),
    ("Serangan itu menewaskan tujuh orang dan melukai 20 lainnya.", 7),
    ("Tiga warga Palestina gugur ditembak pasukan Israel.", 3),
    ("Jumlah korban meninggal mencapai 41 orang.", 41),
    ("Ledakan bom menewaskan seorang anak.", 1),
    ("Sekitar 50 orang dilaporkan tewas dalam kerusuhan.", 50),
    ("Polisi menangkap 15 orang terduga teroris.", 0),
    ("Belasan orang tewas dalam serangan drone.", 11),
    ("Sebelas prajurit tewas dan enam lainnya hilang.", 11),
    ("Kecelakaan itu merenggut nyawa 8 penumpang.", 8),
    ("Dua orang tewas, 14 luka berat.", 2),
    ("Korban jiwa dalam serangan itu 17 orang.", 17),
]

# Written after the rules above were tuned and not used for tuning: a check for over-fitting.
EN_HELDOUT = [
    ("On 3 March, an armed group stormed a police station, leaving 6 officers dead.", 6),
    ("Two children lost their lives when a shell landed on their school.", 2),
    ("Nine miners were killed and 20 others trapped after militants attacked the site.", 9),
    ("Government forces claimed to have killed 47 insurgents in the offensive.", 47),
    ("A car bomb exploded outside a hotel, killing 10 and wounding 31.", 10),
    ("Hundreds of people have died in the violence since January.", 200),
    ("Security forces opened fire on a crowd, killing a 17-year-old student.", 1),
    ("Four people, including a police officer, were shot dead at a rally.", 4),
    ("An attack on a displacement camp claimed the lives of 16 IDPs.", 16),
    ("The fighting killed roughly 60 combatants, according to local sources.", 60),
    ("A landmine killed a shepherd and his two sons.", 3),
    ("Eleven fishermen drowned after their boat was fired upon.", 11),
    ("Rival gangs clashed in the capital; 3 gang members died.", 3),
    ("Soldiers reportedly executed 12 detainees in custody.", 12),
    ("A grenade attack on a bar left one person dead and 7 wounded.", 1),
    ("Protesters torched a police post; no casualties were reported.", 0),
    ("Sources reported between 20 and 25 fatalities after the raid.", 20),
    ("The assault on the base killed 29 troops, the army said.", 29),
    ("Militiamen abducted 40 villagers and killed their chief.", 0),
    ("Several civilians were killed when a rocket hit a bus.", 3),
]

ID_HELDOUT = [
    ("Dua anggota TNI gugur dalam penyerangan di Papua.", 2),
    ("Sebanyak 27 orang meninggal dunia akibat banjir bandang.", 27),
    ("Serangan teroris itu merenggut nyawa 14 orang.", 14),
    ("Enam warga sipil tewas terkena peluru nyasar.", 6),
    ("Kerusuhan tersebut mengakibatkan seorang polisi meninggal.", 1),
    ("Ratusan orang tewas dalam perang saudara itu.", 200),
    ("Sedikitnya 9 orang tewas dan 30 lainnya terluka dalam ledakan.", 9),
    ("Aparat menembak mati tiga terduga teroris.", 3),
    ("Hampir 200 orang tewas sejak konflik pecah.", 200),
    ("Tidak ada korban jiwa dalam insiden itu, namun 12 rumah rusak.", 0),
    ("Jumlah korban tewas serangan Israel di Gaza mencapai 1.200 orang.", 1200),
    ("Lima orang nelayan hilang dan dua lainnya ditemukan tewas.", 2),
    ("Bom bunuh diri menewaskan sedikitnya 40 jemaah masjid.", 40),
    ("Pertempuran menewaskan puluhan milisi.", 20),
    ("Dua belas orang tewas ditembak kelompok bersenjata.", 12),
]


def fatalities(text: str, lang: str) -> float:
    doc = make_document(text, lang=lang)
    return sum(m.amount or 0.0 for m in quantities.extract(doc, []) if m.category == "casualties")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    sets = (
        ("en notes", EN, "en"),
        ("id sentences", ID, "id"),
        ("en notes (held out)", EN_HELDOUT, "en"),
        ("id sentences (held out)", ID_HELDOUT, "id"),
    )
    for name, cases, lang in sets:
        right = 0
        for text, coded in cases:
            got = fatalities(text, lang)
            right += got == coded
            if args.verbose and got != coded:
                print(f"  MISS coded={coded} got={got:g}: {text}")
        print(f"{name}: {right}/{len(cases)} = {right / len(cases):.1%} exact fatality counts")


if __name__ == "__main__":
    main()
