"""Dispute reasons: weighted multilingual cues, written from how AP teams word a dispute.

A dispute often names more than one thing: "the rate per seat is wrong" mentions seats but is
about price; "issued twice, please cancel it" says cancel but is a duplicate. So each reason adds
up the weights of the cues it shows — a strong cue (3) says what is wrong, a weak one (1) only
the topic — and the highest total wins; ties go to the reason listed first.
Patterns run on normalize_text() output: lower case, accents folded, digits as 0.
"""

from __future__ import annotations

import re

from agent.triage.model import normalize_text
from agent.triage.result import DisputeReason

_SURE, _STRONG, _WEAK = 5, 3, 1

_CUES: dict[DisputeReason, list[tuple[int, str]]] = {
    DisputeReason.DUPLICATE: [  # a duplicate names other things (the PO, a cancel); it wins
        (_SURE, r"duplicat|twice|double[- ]?(?:billed|charged|invoiced|billing)|billed (?:us )?again"
                  r"|already (?:been )?(?:billed|invoiced|charged|paid (?:for|on|under|with|in))"
                  r"|same (?:service|invoice|items?|charges?|period)|doublon|en double|deux fois"
                  r"|deja (?:ete )?facture|deja (?:\w+ ){0,3}(?:regle|paye)|doppel|zweimal"
                  r"|bereits (?:\w+ )?(?:berechnet|in rechnung)|duplicad|dos veces|ya (?:\w+ )?facturad"
                  r"|duplicidade|ja foi cobrad|due volte|gia (?:\w+ )?fatturat|dubbel|twee keer"
                  r"|al (?:eerder )?gefactureerd"),
    ],
    DisputeReason.NOT_RECEIVED: [
        (_STRONG, r"never (?:received|arrived|delivered|got|done|performed|completed|installed|showed|turned up"
                  r"|visited)"
                  r"|(?:was|were|has|have) never (?:been )?(?:done|delivered|received|performed|installed|shipped)"
                  r"|not (?:yet )?(?:been )?(?:received|delivered|shipped|performed|installed)"
                  r"|didn.?t (?:receive|arrive|get|show)"
                  r"|no (?:record|evidence|proof) of (?:delivery|receipt|any|the|a |services?)"
                  r"|evidence of delivery|proof of delivery|no delivery|not arrived"
                  r"|still waiting for (?:the )?(?:goods|delivery|shipment|items)|jamais (?:ete )?(?:recu|livre)"
                  r"|pas (?:ete |encore ete )?(?:recu|livre)"
                  r"|nicht (?:\w+ )?(?:erhalten|geliefert|angekommen|erbracht)|nie (?:erhalten|geliefert)"
                  r"|no (?:hemos )?recibi|no (?:ha|han) llegado"
                  r"|nunca (?:\w+ )?(?:llego|llegaron|recibimos|recebemos)"
                  r"|nao (?:recebemos|foi entregue|chegou|foi (?:\w+ )?(?:prestado|realizado))"
                  r"|non (?:abbiamo )?(?:mai )?ricevut|mai (?:ricevut|arrivat|consegnat)"
                  r"|niet (?:\w+ )?(?:ontvangen|geleverd)|nooit (?:ontvangen|geleverd)"),
        (_WEAK, r"unable to match|can.?t match|delivery|livraison|lieferung|entrega|consegna|levering"),
    ],
    DisputeReason.QUALITY: [
        (_STRONG, r"damaged|defect|broken|faulty|not working|(?:doesn.?t|does not|don.?t|stopped|never) work|outages?"
                  r"|offline"
                  r"|dead on arrival|poor quality|keeps? (?:dropping|crashing|failing)|down for|crash|unusable"
                  r"|couldn.?t use|endommag|defectu|abime|ne fonctionne|en panne|plante|defekt|beschadig"
                  r"|mangelhaft|funktioniert nicht|ausfall|danad|defeituos|avariad|falhas?\b|nao funciona"
                  r"|no funciona|averia|danneggiat|difett|non funziona|mai funzionat|guast|kapot|werkt niet"
                  r"|afwijk|storing"),
        (_WEAK, r"quality|qualite|qualitat|calidad|qualidade|qualita|kwaliteit|support|ticket|fix|repair|repar"
                r"|servicedesk"
                r"|chamados?|intervento|technician|technicien|tecnico"),
    ],
    DisputeReason.QUANTITY: [
        (_STRONG, r"quantit|short[- ]?(?:shipped|shipment|delivered)|only (?:received|got|delivered|used|ordered) 0"
                  r"|0 (?:\w+ ){0,2}(?:were |was )?(?:received|delivered|approved|signed|ordered)"
                  r"|units? (?:missing|short)|missing (?:items|units)"
                  r"|(?:billed|charged|invoiced) (?:us )?(?:for )?0 (?:\w+ ){0,3}(?:but|instead|while|whereas)"
                  r"|too many|in excess|more than (?:we )?(?:ordered|received)|menge|anzahl|cantidad|quantidade"
                  r"|quantita|aantal|in eccesso|ontbreken|manquant|fehlend|faltan"),
        (_WEAK, r"hours|heures|stunden|horas|ore\b|uren|seats?|licen[cs]es?|licenze|lizenzen|utenti|users|units|stuck"
                r"|stuks|unidades"
                r"|pieces|pallets?|cartons?|colis|timesheets?|urenstaten|stundenzettel"),
    ],
    DisputeReason.PRICING: [
        (_STRONG, r"price|pricing|\brates?\b|quoted|(?:the|our|your|renewal) quote\b|quotation|overcharg|overbill"
                  r"|discount"
                  r"|list (?:rate|price)|agreed (?:price|rate|fee)|per (?:seat|hour|unit|user|licen[cs]e)"
                  r"|/(?:seat|h|hr|hour|unit|user)\b|prix|tarif|devis|remise|preis|angebot|rabatt|precio"
                  r"|presupuesto|descuento|preco|orcamento|desconto|prezzo|preventivo|sconto|prijs|tarief|offerte"
                  r"|korting"),
        (_WEAK, r"caps?|locked|difference|differenza|diferencia|diferenca|unterschied|verschil|0 (?:\w+ )?ht\b"),
    ],
    DisputeReason.CONTRACT_TERMS: [
        (_STRONG, r"cancel+(?:ed|led|ation)?\b(?! (?:it|this|the invoice|and))|terminat|auto-?renew|renewal (?:we|was"
                  r"|that)|no longer (?:use|need|using)"
                  r"|won.?t be using|(?:stopped|ceased) trading|closed (?:down|the business)"
                  r"|company (?:has |was )?(?:closed|dissolved|deregistered)|dissolved|deregistered|notice period"
                  r"|trial|not (?:renew|extend)|out of contract|contract (?:ended|expired|ran out)|resili|preavis"
                  r"|kundig|gekundigt|baja\b|cancelad[oa] (?:el|la|en)|rescind|cancelamento do contrato|disdett"
                  r"|opgezegd"),
        (_WEAK, r"subscription|contract|contrat|vertrag|contrato|contratto|abonnement|renew|rinnovo|verlenging"
                r"|closed"),
    ],
    DisputeReason.BILLING_ERROR: [
        (_STRONG, r"\btax\b|\bvat\b|gstin|\bgst\b|exempt|legal entity|wrong (?:entity|address|company|legal|name|po"
                  r"|customer)"
                  r"|(?:missing|without|no|valid|quote|quotes|doesn.?t quote|correct) (?:\w+ )?(?:po\b"
                  r"|purchase order)"
                  r"|po (?:number )?(?:missing|invalid)|\bno po\b|billing (?:error|address)"
                  r"|company (?:no|number|name)|registration|geen (?:geldig )?(?:po|inkoop)|\btva\b|siret|siren"
                  r"|raison sociale|\bust\b|ust-?idnr|steuer|reverse charge|sans (?:\w+ )?bon de commande|\biva\b"
                  r"|\bnif\b|\bcif\b|razon social|\bcnpj\b|matriz|filial|partita iva|codice fiscale|\bbtw\b"
                  r"|\bkvk\b|kostenplaats|kostenstelle|centro de cost|adresse de facturation|rechnungsadresse"
                  r"|billing entity"),
        (_WEAK, r"incorrect|wrong|falsch|errone|incorret|errat|onjuist|verkeerd|\bpo\b|entity|purchase order"
                r"|bon de commande"
                r"|bestellnummer|inkoopordernummer|numero de pedido|ordem de compra|ordine d'acquisto|adresse"
                r"|address"),
    ],
}
_COMPILED = [(reason, [(weight, re.compile(pattern)) for weight, pattern in cues])
             for reason, cues in _CUES.items()]


def reason_scores(normalized: str) -> dict[DisputeReason, int]:
    """Return each reason's cue weight total in a normalized text."""
    return {reason: sum(weight for weight, pattern in cues if pattern.search(normalized))
            for reason, cues in _COMPILED}


def dispute_reason(text: str) -> DisputeReason:
    """Return the reason whose cues weigh most in the text (first listed on a tie), else other."""
    scores = reason_scores(normalize_text(text))
    best = max(scores.values())
    if best == 0:
        return DisputeReason.OTHER
    return next(reason for reason, score in scores.items() if score == best)
