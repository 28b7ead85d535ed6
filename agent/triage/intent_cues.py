"""Intent cues: multilingual phrases that say what a reply does, written from AR domain knowledge.

They are features for the classifier (one binary column per cue group, learned weights), not a
verdict: "paid" under "will be paid" or "not paid" must not count, so the groups keep past and
future apart and the model weighs them against the words around. Patterns run on
normalize_text() output: lower case, accents folded, digits as 0.
"""

from __future__ import annotations

import re

_W = r"(?:\w+ ){0,4}"  # up to four words between a subject and its verb

_GROUPS: dict[str, str] = {
    # Money already sent, or a payment run already executed.
    "remit": (
        r"(?<!be )(?<!not )(?<!to be )(?<!get )(?<!being )\bpaid\b(?! (?:in|on|by|within) (?:the next|next|0))"
        r"|\b(?:went|gone) out\b|\bhas been (?:paid|settled|sent|processed|released|remitted|wired)"
        r"|\b(?:payment|wire|transfer|check|cheque|ach|eft|funds|remittance|it|they)\b (?:was|were|has been|have been)"
        r" (?:sent|made|mailed|released|processed|issued|initiated|executed|remitted|wired|transferred|posted|cut)"
        r"|\b(?:we|i|we've|i've|we have|i have) (?:just |already |today |now )?(?:sent|wired|remitted|transferred"
        r"|released|processed|mailed|issued|initiated|settled|cut|made) (?:the |a |our |your |you )?"
        r"(?:payment|wire|funds|transfer|check|cheque|ach|eft|money|balance|full|it)"
        r"|\bcheck (?:no |#|number )?0+ (?:was |has been )?(?:mailed|sent)|\bremittance (?:advice )?(?:attached|below|is attached)"
        r"|\b(?:proof of payment|payment confirmation|payment advice|remittance advice|avis de (?:virement|paiement)"
        r"|zahlungsavis|comprobante de (?:pago|transferencia)|comprovante|contabile|betalingsbewijs)\b"
        r"|\breleased in (?:today|yesterday|this|last)|\bsettled\b(?! by| on| within)"
        r"|\b(?:paye|regle|vire|effectue|versee?)s?\b(?! (?:le|d'ici|avant|sous|dans|fin))|\bavons (?:\w+ )?(?:paye|regle|vire|effectue|procede)"
        r"|\ba ete (?:\w+ )?(?:paye|regle|vire|effectue|envoye|execute|emis)e?"
        r"|\b(?:bezahlt|uberwiesen|beglichen|angewiesen|ausgeglichen)\b(?!\s*(?:werden|wird))"
        r"|\b(?:zahlung|uberweisung) (?:ist|wurde) (?:\w+ )?(?:erfolgt|ausgefuhrt|veranlasst|angewiesen)"
        r"|\b(?:hemos|ya) (?:\w+ )?(?:pagado|abonado|transferido|realizado el pago|liquidado|efectuado)"
        r"|\b(?:fue|ha sido|esta|quedo) (?:\w+ )?(?:pagad|abonad|liquidad|transferid|saldad)[oa]"
        r"|\b(?:se )?(?:realizo|efectuo|hizo|envio) (?:el |la )?(?:pago|transferencia)|\btransferencia (?:\w+ )?(?:realizada|efectuada|enviada)"
        r"|\bpago (?:efetuado|realizado|feito|efectuado|realizado)|\bpagamento (?:foi )?(?:efetuado|realizado|feito|quitado)"
        r"|\bfoi (?:\w+ )?(?:pag[oa]|efetuad[oa]|realizad[oa]|quitad[oa]|transferid[oa])|\bpagamos\b|\bjá pago\b"
        r"|\b(?:pagat[oa]|saldat[oa]|bonificat[oa])\b|\b(?:bonifico|pagamento) (?:e stato |e gia stato )?(?:effettuato|eseguito|disposto|inviato)"
        r"|\babbiamo (?:\w+ )?(?:pagato|saldato|effettuato|disposto|bonificato)|\bin data odierna\b"
        r"|\b(?:betaald|overgemaakt|voldaan)\b|\bbetaling (?:is )?(?:\w+ )?(?:uitgevoerd|verricht|gedaan|verstuurd)"
    ),
    # Money to come: a commitment, a schedule, a pending approval.
    "promise": (
        r"\bwill (?:\w+ )?(?:be )?(?:pay|paid|process|processed|release|released|send|remit|wire|settle|transfer|schedule"
        r"|issue|make|clear|cut|mail|go out|run|get)|\b(?:we|i)'ll (?:\w+ )?(?:pay|process|release|send|get|have|settle"
        r"|make|wire|transfer|remit|clear|mail|put)|\bgoing to (?:pay|process|release|send|settle|wire)"
        r"|\bscheduled\b|\bschedule (?:it|the payment|payment)|\b(?:next|upcoming|following|this week'?s) (?:payment|check|cheque|pay|ach|vendor) "
        r"(?:run|cycle|batch|date)|\bawaiting (?:\w+ )?(?:approval|sign-?off|signature|funds)|\bpending (?:\w+ )?approval"
        r"|\bapproved (?:for payment|and will)|\bshould (?:\w+ )?(?:be paid|go out|be released|be processed|hit|land|arrive)"
        r"|\bexpect (?:to pay|payment|the payment|to release|to send)|\bplan(?:ning)? to (?:pay|release|settle)"
        r"|\b(?:queued|lined up|set up) for (?:payment|the next)|\bin (?:our|the) next (?:payment |check )?run"
        r"|\bpaiera|\bpaierons|\breglerons|\breglera\b|\bsera (?:\w+ )?(?:paye|regle|effectue|vire|traite|verse|execute)"
        r"|\beffectuerons|\bprocederons|\bprochaine? (?:paiement|virement|cycle|campagne|echeance|run)|\bprogramme\b|\bprevue?\b"
        r"|\ben attente (?:de |d')(?:validation|approbation|signature)|\ballons (?:\w+ )?(?:payer|regler|proceder|virer|effectuer)"
        r"|\bpartira\b|\bvirerons\b"
        r"|\bwerden (?:\w+ ){0,6}(?:zahlen|bezahlen|uberweisen|begleichen|anweisen|ausgleichen|uberwiesen|bezahlt|beglichen)"
        r"|\bwird (?:\w+ ){0,6}(?:bezahlt|uberwiesen|beglichen|angewiesen|ausgeglichen|erfolgen|freigegeben)"
        r"|\bzahlungslauf|\bfreigabe\b|\bgeplant\b|\bvoraussichtlich\b|\b(?:uberweisen|zahlen|begleichen) (?:wir|ich)\b"
        r"|\bpagaremos|\bse pagara|\bsera (?:\w+ )?(?:pagad|abonad|liquidad|transferid)|\bvamos a (?:\w+ )?(?:pagar|realizar|transferir|abonar|liquidar)"
        r"|\brealizaremos|\bprogramad[oa]s?\b|\bprocesaremos|\btransferiremos|\bharemos (?:el|la) (?:pago|transferencia)"
        r"|\babonaremos|\bliquidaremos|\bpendiente de (?:aprobacion|firma|autorizacion)|\bproxim[oa] (?:corrida|remesa|fecha|ciclo|lote)"
        r"|\bvamos (?:\w+ )?(?:pagar|efetuar|realizar|quitar|transferir)|\bvai (?:ser )?(?:\w+ )?(?:pag[oa]|quitad|efetuad|transferid)"
        r"|\bsera (?:\w+ )?(?:pag[oa]|quitad[oa]|efetuad[oa])|\befetuaremos|\bfaremos|\bquitaremos|\bagendad[oa]s?\b"
        r"|\baguardando (?:\w+ )?(?:aprovacao|assinatura|liberacao)|\bprevisto\b"
        r"|\bpagheremo|\b(?:verra|sara) (?:\w+ )?(?:pagat|saldat|effettuat|disposto|bonificat|liquidat)|\beffettueremo"
        r"|\bprovvederemo|\bsalderemo|\bdisporremo|\bdistinta (?:di pagamento|pagamenti)|\bin attesa di (?:approvazione|autorizzazione)"
        r"|\bprogrammat[oa]\b|\bprossim[oa] (?:pagamento|ciclo|distinta)"
        r"|\bzullen (?:\w+ ){0,6}(?:betalen|overmaken|voldoen|overboeken)|\bzal (?:\w+ ){0,6}(?:betaald|overgemaakt|voldaan|worden)"
        r"|\bwordt (?:\w+ ){0,4}(?:betaald|overgemaakt|voldaan)|\bgaan (?:\w+ ){0,4}(?:betalen|overmaken)"
        r"|\bbetaalrun|\bbetalingsrun|\bingepland|\bgepland|\bgoedkeuring"
    ),
    "plan": (
        r"\binstal+ments?\b|\bpayment (?:plan|arrangement|schedule)|\bspread (?:\w+ ){0,3}(?:over|across|payment)"
        r"|\bsplit (?:\w+ ){0,3}(?:into|in|over|payment|across)|\bin (?:two|three|four|five|six|0|several|monthly|equal)"
        r" (?:\w+ )?(?:parts|payments|instal+ments|tranches|portions)|\bmonthly (?:payments|instal+ments)"
        r"|\bpartial payments|\bpay (?:it )?in (?:two|three|four|parts|portions)|\btranches?\b|\bpart[- ]payments? (?:each|every|per)"
        r"|\ben plusieurs fois|\bechelonn|\becheancier|\bmensualites|\bpaiement fractionne|\ben (?:deux|trois|quatre) (?:fois|versements)"
        r"|\bratenzahlung|\braten\b|\bteilzahlung|\bin (?:zwei|drei|vier) (?:raten|teilen|teilbetragen)|\bmonatsraten"
        r"|\ba plazos|\ben cuotas|\bcuotas\b|\bfraccionar|\bpagos parciales|\ben (?:dos|tres|cuatro) (?:pagos|partes|cuotas)"
        r"|\bparcelar|\bparcelas?\b|\bparcelamento|\bem (?:duas|tres|quatro) (?:vezes|parcelas)"
        r"|\brateizza|\brate mensili|\bin (?:due|tre|quattro) (?:rate|tranche)"
        r"|\btermijnen\b|\bbetalingsregeling|\bgespreid|\bin (?:twee|drie|vier) (?:delen|termijnen|keer)"
    ),
    "document": (
        r"\bcopy (?:of )?(?:the |this |that |your )?(?:invoice|bill|contract|statement)|\binvoice copy|\bre-?send|\bresubmit the invoice"
        r"|\bw-?0\b|\bbank (?:confirmation |verification |details )?letter|\bstatement of account|\baccount statement"
        r"|\bproof of (?:delivery|service)|\bpod\b|\bdelivery (?:note|receipt|ticket)|\btimesheets?|\bsigned (?:contract|order|sow|quote)"
        r"|\bcertificate\b|\b(?:can't|cannot|could not|couldn't|unable to) (?:find|locate)|\bdon't have (?:the|a|this|any) (?:copy|invoice)"
        r"|\bvendor (?:setup|set-up|onboarding|registration|information) form|\bremit[- ]to (?:confirmation|letter|details)"
        r"|\bcoi\b|\bcertificate of insurance|\btax (?:residency|form)|\bform 00f\b"
        r"|\b(?:please|kindly|could you|can you|would you) (?:\w+ )?(?:send|provide|share|forward|email) (?:us |me )?(?:a |the |an |your )?"
        r"(?:copy|copies|statement|pdf|invoice|documents?|details|letter|proof|backup|support|breakdown)"
        r"|\bcopie (?:de |d')(?:la |cette )?facture|\bduplicata|\breleve de compte|\brib\b|\bbon de livraison|\bpreuve de livraison"
        r"|\b(?:pourriez-vous|pouvez-vous|merci de) (?:nous |me )?(?:envoyer|transmettre|faire parvenir|renvoyer)"
        r"|\b(?:rechnungskopie|kopie der rechnung|kontoauszug|lieferschein|leistungsnachweis|kontoauszug)"
        r"|\bbitte (?:\w+ ){0,4}(?:senden|schicken|ubermitteln|zukommen)|\bbenotigen (?:\w+ ){0,4}(?:kopie|nachweis|bestatigung)"
        r"|\bcopia (?:de |della |da )?(?:la )?(?:factura|fattura|fatura)|\bestado de cuenta|\bcertificado|\balbaran|\bsegunda via"
        r"|\bboleto|\bextrato|\bxml\b|\bestratto conto|\bddt\b|\b(?:podrian|pueden|poderiam|podem|potreste|potete) (?:\w+ )?(?:enviar|mandar|inviare|reenviar|reenviar)"
        r"|\bpor favor (?:\w+ )?(?:envie|envien|enviar|mande)|\bfavor (?:\w+ )?(?:enviar|encaminhar|reenviar)"
        r"|\bkopie van (?:de |deze )?factuur|\bfactuurkopie|\brekeningoverzicht|\bafleverbon|\bpakbon|\b(?:sturen|toesturen|opsturen|nasturen)\b"
    ),
    "redirect": (
        r"\bwrong (?:person|contact|address|department|email|recipient|mailbox)|\bno longer (?:with|work|handle|responsible"
        r"|in charge|at|the right|the correct|deal)|\bleft (?:the company|the business|us|the firm)|\bmoved (?:to|roles|on)"
        r"|\b(?:please|kindly) (?:\w+ )?(?:contact|reach out to|redirect|direct|email|write to|address (?:all|your|future)|cc|copy)"
        r"|\b(?:send|sent|submit|submitted|forward|email|direct|address) (?:all |any |your |future |these |the )?(?:\w+ )?(?:invoices?|statements|reminders|it|them|this|correspondence|queries|questions) (?:\w+ ){0,3}(?:to|via|through)\b"
        r"|\bshould be (?:sent|addressed|directed|submitted) (?:to|via|through)|\b(?:coupa|ariba|tungsten|basware|peppol|sdi|xrechnung|zugferd|ob10|taulia|jaggaer|tradeshift)"
        r"|\be-?invoic|\beinvoic|\bsupplier (?:portal|network)|\bvendor portal|\binvoice portal|\bportal\b"
        r"|\bnot the (?:right|correct|appropriate) (?:person|contact|address)|\bnot responsible for|\bhandles? (?:our |the )?(?:payables|ap\b|accounts payable|invoices)"
        r"|\b(?:is|are) now (?:handled|managed|processed) by|\boutsourced|\bshared services?|\bright (?:person|contact|team)"
        r"|\bn'(?:est|suis|occupe) plus|\bne (?:suis|fait|travaille|m'occupe|s'occupe) plus|\bveuillez (?:\w+ )?(?:contacter|adresser|envoyer vos|transmettre vos)"
        r"|\bmerci d'adresser|\bfacturation electronique|\bchorus|\bnicht mehr (?:\w+ )?(?:zustandig|bei uns|im unternehmen|tatig)"
        r"|\bwenden sie sich|\bbitte (?:\w+ )?(?:richten|senden) sie (?:\w+ )?(?:rechnungen|anfragen)|\bausschlie(?:ss|ß)lich (?:\w+ )?(?:elektronische|uber|an)"
        r"|\bya no (?:\w+ )?(?:trabaja|es responsable|esta|gestiona|forma|lleva)|\bdirijase|\bcontacte con|\bdirigir(?:se)? (?:\w+ )?a\b"
        r"|\bnao (?:\w+ )?(?:trabalha|e mais|sou mais|faz mais|responsavel)|\bfavor (?:\w+ )?(?:contatar|direcionar)|\bencaminhar (?:\w+ )?para"
        r"|\bnon (?:\w+ )?(?:lavora|e piu|si occupa piu|mi occupo piu)|\brivolgersi|\bcodice (?:destinatario|univoco)|\bfattura elettronica"
        r"|\bniet meer (?:\w+ )?(?:werkzaam|verantwoordelijk|in dienst)|\bneem (?:\w+ )?contact op|\bscanadres|\bfactuuradres|\be-?facturatie|\bfacturen (?:\w+ ){0,3}naar"
    ),
    "dispute": (
        r"\bdisput|\bdo not agree|\bdon't agree|\bdisagree|\bnot what (?:we|was) (?:agreed|quoted|ordered)|\bincorrect"
        r"|\bwrong (?:amount|price|rate|quantity|invoice|entity|po|company|legal|address|tax|vat|currency)|\bovercharg|\bover-?bill"
        r"|\bbilled (?:us )?(?:twice|for \w+ (?:but|instead))|\bcharged (?:us )?(?:twice|for)|\bshould (?:only )?(?:be|have been) (?:billed|charged|invoiced|0)"
        r"|\bnever (?:received|ordered|agreed|signed|delivered|arrived)|\bcancel|\bterminat|\bno longer (?:use|need|using)|\bcredit (?:note|memo)"
        r"|\brefund|\bdamaged|\bdefective|\bbroken|\bnot (?:been )?(?:delivered|received)|\bmissing (?:po|vat|tax|items|units)|\bexempt"
        r"|\berror\b|\bmistake|\bduplicate|\bdouble[- ]?(?:billed|charged|invoiced)|\bnot (?:going to|able to|willing to) pay|\bwon't pay|\bwill not pay"
        r"|\bcontest|\berreur|\berrone|\bannul|\bresili|\bun avoir|\bpas (?:ete )?(?:livre|recu|commande)"
        r"|\bnicht (?:\w+ )?(?:korrekt|richtig|erhalten|geliefert|bestellt|vereinbart)|\bfalsch|\bfehler|\bwiderspruch|\breklamation"
        r"|\bbeanstand|\bgutschrift|\bstornier|\bgekundigt|\bkundigung|\bdoppel"
        r"|\bno (?:\w+ )?(?:estamos de acuerdo|corresponde|coincide|recibimos|hemos recibido)|\bincorrect|\breclam|\bnota de credito"
        r"|\bdiscrepancia|\bduplicad|\bnao (?:\w+ )?(?:concordamos|reconhecemos|recebemos|corresponde)|\bincorret|\bindevid|\bduplicidade"
        r"|\bcobrad[oa] (?:\w+ )?(?:a mais|em duplicidade)|\bcontestiamo|\bnon (?:\w+ )?(?:corrisponde|e corrett|abbiamo ricevuto|conforme)"
        r"|\berrat[oa]|\bnota di credito|\bdisdett|\bin eccesso|\bklopt niet|\bonjuist|\bniet akkoord|\bcreditnota|\bopgezegd|\bbetwist|\bverkeerd"
    ),
    # Payment withheld until something is fixed: a dispute (or a document request) in disguise.
    "withhold": (
        r"\b(?:not|won't|will not|cannot|can't|unable to|refuse to) (?:\w+ )?(?:pay|paying|be paid|process|book|approve|release)\b"
        r"|\bshould(?:n't| not) be paying|\brejected|\bno po,? no pay|\buntil (?:this|it|the|we|you)\b|\bcorrected invoice|\bcredit note"
        r"|\breissue|\bre-issue|\bne (?:pouvons|pourrons|paierons) pas|\btant que|\bfacture (?:rectificative|corrigee)"
        r"|\b(?:konnen|werden) (?:\w+ ){0,3}nicht (?:\w+ )?(?:bezahlen|zahlen|buchen|freigeben)|\bkorrigierte rechnung|\bbis (?:dahin|zur klarung)"
        r"|\bno (?:\w+ ){0,3}(?:podemos|vamos a) (?:\w+ )?(?:pagar|contabilizar|registrar|aprobar)|\bhasta que|\bfactura rectificativa"
        r"|\bnao (?:\w+ ){0,3}(?:podemos|vamos) (?:\w+ )?(?:pagar|lancar|aprovar)|\bpara que possamos pagar|\bfatura corrigida|\bcarta de correcao"
        r"|\bnon (?:\w+ ){0,3}(?:possiamo|pagheremo|possiamo registrarla)|\bfino a quando|\bfattura corretta|\bdopodiche"
        r"|\b(?:betalen|voldoen) (?:we|wij) (?:\w+ )?niet|\bniet (?:\w+ )?(?:betalen|boeken|goedkeuren)|\bzolang|\bgecorrigeerde factuur"
    ),
    # A promise in the present tense with a date: "we pay before 1 December", "la paghiamo entro".
    "pay_present": (
        r"\b(?:we|i) (?:pay|are paying|release|send) (?:\w+ ){0,3}(?:on|by|before|next|this|friday|monday|tuesday|wednesday|thursday)"
        r"|\bwill follow\b|\bfreigegeben|\berfolgt (?:am|bis|zum|in|nachste|diese)|\bzahlen wir (?:am|bis|nachste|diese)"
        r"|\bremesa|\bincluid[oa] en (?:la|el) (?:\w+ )?(?:pago|remesa|corrida)|\bpagamos (?:el|antes|este|la proxima)"
        r"|\bpaghiamo (?:entro|il|la prossima|questa)|\b(?:betalen|voldoen) (?:we|wij) (?:\w+ )?(?:voor|op|uiterlijk|volgende|deze)"
        r"|\b(?:wij|we) betalen (?:\w+ )?(?:voor|op|uiterlijk|volgende|deze)|\bpayons (?:le|avant|d'ici)|\bpagamos (?:no dia|ate|antes)"
    ),
    "redirect_soft": (
        r"\bby mistake|\bshould go to|\b(?:i've|we've|i have|we have) (?:\w+ )?(?:copied|cc'?d|forwarded|looped in)"
        r"|\bforwarded (?:your|this|it|the) (?:\w+ )?to|\bi'm (?:in|with) (?:facilities|sales|marketing|it|hr|operations|purchasing)"
        r"|\bnot (?:in )?accounts payable|\bper (?:e-?mail|mail) an|\bpor correo a|\bpara o (?:e-?mail|endereco)|\ba l'adresse"
    ),
    "ooo": (
        r"\bout of (?:the )?office|\bon (?:annual |parental |sick |maternity )?leave\b|\bon (?:vacation|holiday)|\baway from (?:the|my) (?:office|desk)"
        r"|\breturn(?:ing)? (?:to the office )?on\b|\bback (?:in the office )?on\b|\bconges\b|\bde retour le|\babwesend|\bnicht im buro|\burlaub"
        r"|\bau(?:ss|ß)er haus|\bfuera de (?:la )?oficina|\bvacaciones|\bferias\b|\bfora do escritorio|\bfuori (?:ufficio|sede)|\bin ferie"
        r"|\bafwezig|\bvakantie|\bniet op kantoor"
    ),
    "auto": (
        r"\bout of (?:the )?office|\bon (?:annual |parental |sick |maternity )?leave\b|\bon (?:vacation|holiday)|\baway from (?:the|my) (?:office|desk)"
        r"|\blimited (?:access|email)|\bautomatic reply|\bauto-?reply|\bautoreply|\bthis is an? (?:automated|automatic|system)"
        r"|\bdo not reply|\bdo-not-reply|\bticket (?:#|number|id|no)|\b(?:request|ticket|message|email) has been (?:received|logged|created)"
        r"|\bqueued for|\bsystem generated|\breturn(?:ing)? (?:to the office )?on\b|\bback (?:in the office )?on\b|\babsent\b"
        r"|\bconges\b|\babsente?\b|\bde retour le|\babwesend|\bnicht im buro|\burlaub|\bau(?:ss|ß)er haus|\bwieder (?:im buro|erreichbar)"
        r"|\bfuera de (?:la )?oficina|\bvacaciones|\bausente|\bde regreso|\bferias\b|\bfora do escritorio|\bfuori (?:ufficio|sede)"
        r"|\bin ferie|\bassente|\bafwezig|\bvakantie|\bniet op kantoor|\bterug op"
    ),
    "ack": (
        r"^\W*(?:thanks?|thank you|thx|ty|noted|ok|okay|received|got it|cheers|merci|danke|gracias|obrigad[oa]|grazie|bedankt|dank u"
        r"|bien (?:note|recu)|recibido|recebido|ricevuto|ontvangen|erhalten)\b"
        r"|\bnoted\b|\bwill (?:check|look into|revert|get back|review|investigate|follow up)|\bget back to you|\blook into (?:it|this)"
        r"|\bje reviens vers vous|\breviendrons vers vous|\bbien (?:note|recu|pris note)|\bzur kenntnis|\bintern gepruft|\bprufen (?:den|die|das)"
        r"|\bmelden uns|\blo revisamos|\brevisaremos|\bvamos a revisar|\bverificar internamente|\bvoltaremos a contactar|\bretornaremos"
        r"|\bverificheremo|\bvi faremo sapere|\bpreso nota|\bwe komen (?:er )?op terug|\bnemen (?:\w+ )?in behandeling"
        r"|\bcall me|\bgive me a call|\bwho (?:are you|is this)|\bwhat is this (?:invoice )?for|\bsales rep"
    ),
    "question": r"\?",
}

CUE_NAMES: tuple[str, ...] = tuple(_GROUPS)
_COMPILED = [(name, re.compile(pattern)) for name, pattern in _GROUPS.items()]


def intent_cues(normalized: str) -> list[float]:
    """Return one value per cue group: 1.0 when the group's phrases occur in the text."""
    return [1.0 if pattern.search(normalized) else 0.0 for _, pattern in _COMPILED]


def cue_hits(normalized: str) -> dict[str, bool]:
    """Return which cue groups fire, by name (for rules and tests)."""
    return {name: bool(pattern.search(normalized)) for name, pattern in _COMPILED}
