"""Write corpus/ledger.csv: the fictional seller's ledger that the labelled corpus refers to.

Deterministic (fixed seed) so that the file can be regenerated and reviewed. The seller,
"Northwind Analytics", sells SaaS subscriptions, hardware and consulting to 40 customers in
nine countries. Run: python corpus/make_ledger.py
"""

import csv
import random
from datetime import date, timedelta
from pathlib import Path

CUSTOMERS = [
    # id, name, domain, country, currency, contacts
    ("C001", "Acme Logistics Inc.", "acmelogistics.com", "US", "USD", ["ap", "jane.miller"]),
    ("C002", "Brightline Dental Group", "brightlinedental.com", "US", "USD", ["accounts.payable"]),
    ("C003", "Cobalt Ridge Mining LLC", "cobaltridge.com", "US", "USD", ["payables", "tom.h"]),
    ("C004", "Delta Freightways Corp", "deltafreight.com", "US", "USD", ["ap"]),
    ("C005", "Evergreen Senior Living", "evergreenliving.org", "US", "USD", ["finance", "mgarcia"]),
    ("C006", "Foxglove Marketing Ltd", "foxglove.co.uk", "GB", "GBP", ["accounts"]),
    ("C007", "Granite & Oak Builders Ltd", "graniteoak.co.uk", "GB", "GBP", ["purchase.ledger"]),
    ("C008", "Harbourview Hotels plc", "harbourviewhotels.co.uk", "GB", "GBP", ["ap", "s.patel"]),
    ("C009", "Ironbridge Engineering GmbH", "ironbridge.de", "DE", "EUR", ["buchhaltung", "k.weber"]),
    ("C010", "Kranich Logistik AG", "kranich-logistik.de", "DE", "EUR", ["kreditoren"]),
    ("C011", "Lindenhof Kliniken GmbH", "lindenhof-kliniken.de", "DE", "EUR", ["rechnungseingang"]),
    ("C012", "Maison Dubois SARL", "maisondubois.fr", "FR", "EUR", ["comptabilite", "c.dubois"]),
    ("C013", "Atelier Lumière SAS", "atelierlumiere.fr", "FR", "EUR", ["fournisseurs"]),
    ("C014", "Transports Girard SA", "transports-girard.fr", "FR", "EUR", ["compta"]),
    ("C015", "Distribuciones Norte SL", "disnorte.es", "ES", "EUR", ["facturas", "l.ortega"]),
    ("C016", "Clínica Sol y Mar SL", "clinicasolymar.es", "ES", "EUR", ["administracion"]),
    ("C017", "Grupo Alimentario Azteca SA de CV", "grupoazteca.mx", "MX", "MXN", ["cxp", "r.hernandez"]),
    ("C018", "Constructora Del Valle SA de CV", "delvalle.com.mx", "MX", "MXN", ["pagos"]),
    ("C019", "Café Paulista Ltda", "cafepaulista.com.br", "BR", "BRL", ["financeiro", "ana.souza"]),
    ("C020", "Transportadora Rio Sul Ltda", "riosul.com.br", "BR", "BRL", ["contasapagar"]),
    ("C021", "Farmácia Lusitana Lda", "farmacialusitana.pt", "PT", "EUR", ["contabilidade"]),
    ("C022", "Officine Moretti Srl", "officinemoretti.it", "IT", "EUR", ["amministrazione", "g.moretti"]),
    ("C023", "Studio Bianchi & Associati", "studiobianchi.it", "IT", "EUR", ["contabilita"]),
    ("C024", "Van Dijk Installatietechniek BV", "vandijk-installatie.nl", "NL", "EUR", ["crediteuren"]),
    ("C025", "Zeeland Fresh Produce BV", "zeelandfresh.nl", "NL", "EUR", ["administratie", "p.devries"]),
    ("C026", "Maple Leaf Outfitters Inc.", "mapleleafoutfitters.ca", "CA", "CAD", ["ap"]),
    ("C027", "Northern Lights Clinics", "northernlightsclinics.ca", "CA", "CAD", ["billing"]),
    ("C028", "Sundance Solar Pty Ltd", "sundancesolar.com.au", "AU", "AUD", ["accounts", "b.nguyen"]),
    ("C029", "Kookaburra Print Co", "kookaburraprint.com.au", "AU", "AUD", ["admin"]),
    ("C030", "Sharma Textiles Pvt Ltd", "sharmatextiles.in", "IN", "INR", ["accounts", "r.sharma"]),
    ("C031", "Bangalore Bytes Pvt Ltd", "bangalorebytes.in", "IN", "INR", ["finance"]),
    ("C032", "Pinecrest Software LLC", "pinecrestsoftware.com", "US", "USD", ["billing", "dave"]),
    ("C033", "Quartz Capital Partners LP", "quartzcap.com", "US", "USD", ["ops"]),
    ("C034", "Redwood Veterinary Hospital", "redwoodvet.com", "US", "USD", ["office"]),
    ("C035", "Silverline Staffing Inc", "silverlinestaffing.com", "US", "USD", ["ap", "karen.o"]),
    ("C036", "Tidewater Marine Supply", "tidewatermarine.com", "US", "USD", ["payables"]),
    ("C037", "Umber & Co Architects", "umberarchitects.com", "US", "USD", ["admin"]),
    ("C038", "Vantage Point Realty", "vantagepointrealty.com", "US", "USD", ["accounting"]),
    ("C039", "Willow Creek School District", "willowcreekisd.org", "US", "USD", ["accountspayable"]),
    ("C040", "Yellowstone Craft Brewing Co", "yellowstonebrew.com", "US", "USD", ["finance", "mike"]),
]

AMOUNT_RANGES = {"USD": (180, 48000), "GBP": (150, 30000), "EUR": (160, 40000),
                 "MXN": (3500, 650000), "BRL": (900, 180000), "CAD": (200, 45000),
                 "AUD": (200, 45000), "INR": (15000, 2500000)}


def main() -> None:
    rng = random.Random(20261120)
    as_of = date(2026, 11, 20)
    rows = []
    number = 10001
    for cid, name, domain, _country, ccy, contacts in CUSTOMERS:
        for k in range(rng.randint(3, 6)):
            issue = as_of - timedelta(days=rng.randint(5, 170))
            terms = rng.choice([14, 30, 30, 30, 45, 60])
            due = issue + timedelta(days=terms)
            lo, hi = AMOUNT_RANGES[ccy]
            amount = round(rng.uniform(lo, hi), 2 if ccy != "INR" else 0)
            status = rng.choices(["open", "paid", "void"], [0.8, 0.15, 0.05])[0]
            po = f"PO-{rng.randint(4500, 98999)}" if rng.random() < 0.45 else ""
            contact = contacts[k % len(contacts)]
            rows.append({
                "customer_id": cid, "customer_name": name,
                "contact_email": f"{contact}@{domain}",
                "invoice_number": f"INV-{number}", "issue_date": issue.isoformat(),
                "due_date": due.isoformat(), "amount": f"{amount:.2f}", "currency": ccy,
                "status": status, "po_number": po,
            })
            number += rng.randint(1, 9)
    out = Path(__file__).with_name("ledger.csv")
    with out.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} invoices for {len(CUSTOMERS)} customers to {out}")


if __name__ == "__main__":
    main()
