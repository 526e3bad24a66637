// E-Mail-Erinnerungen: die Einstellungen im eigenen Konto, die Mails selbst und die Übersicht der Läufe (m.mail.*).
const mail = {
  settings: {
    title: "Erinnerungen per E-Mail",
    intro:
      "Eine tägliche Übersicht um 7 Uhr (Kölner Zeit) mit allem, was überfällig ist oder in den nächsten 30 Tagen fällig wird. Nur wenn Sie sie einschalten.",
    disabled: "Der Server hat keinen Mailserver eingerichtet (SMTP_URL): Es werden derzeit keine E-Mails verschickt.",
    digest: "Tägliche Übersicht per E-Mail erhalten",
    kinds: "Was die Übersicht enthält",
    kindsHint: "Mindestens eine Art, wenn die Übersicht eingeschaltet ist.",
    language: "Sprache der E-Mails",
    languages: { de: "Deutsch", en: "Englisch" },
    ownerNotices:
      "Sofort benachrichtigen, wenn eine Zusage oder ein Meilenstein überfällig wird, für den ich verantwortlich bin",
    ownerNoticesHint:
      "Verantwortlich sind Sie, wenn Ihre E-Mail-Adresse bei der verantwortlichen Person eingetragen ist (Leitung einer Arbeitsgruppe, Verantwortliche einer Zusage).",
    saved: "Gespeichert.",
    address: "Die E-Mails gehen an {email}.",
  },
  digest: {
    subject: "Was fällig ist: {count, plural, one {# Eintrag} other {# Einträge}} – Städtepartnerschaften Köln, {date}",
    greeting: "Guten Tag {name},",
    intro: "das ist fällig oder steht an (Stand {date}, Kölner Zeit):",
    overdue: "Überfällig",
    soon: "In den nächsten 30 Tagen",
    occasions: "Anstehende Jahrestage",
    footer:
      "Sie erhalten diese E-Mail, weil Sie die tägliche Übersicht eingeschaltet haben. Abbestellen oder ändern: {url}",
  },
  notice: {
    subject: "Überfällig: {title}",
    greeting: "Guten Tag {name},",
    bodyCommitment: "die Zusage „{title}“ ({agreement}) war bis {date} fällig und ist noch nicht erledigt.",
    bodyMilestone:
      "der Meilenstein „{title}“ der Arbeitsgruppe {group} war am {date} fällig und ist noch nicht erledigt.",
    why: "Sie erhalten diese Nachricht, weil Sie als Verantwortliche oder Verantwortlicher eingetragen sind.",
    open: "Zum Eintrag: {url}",
  },
  admin: {
    title: "E-Mail-Erinnerungen",
    nav: "E-Mail",
    intro:
      "Die letzten Läufe der täglichen Übersicht und der Überfällig-Benachrichtigungen, was sie verschickt haben und was fehlschlug.",
    off: "Es ist kein Mailserver eingerichtet (SMTP_URL ist nicht gesetzt): Es werden keine E-Mails verschickt.",
    on: "Mailserver eingerichtet; Absender: {from}.",
    sink: "Demo: Die E-Mails landen nicht im Internet, sondern als .eml-Dateien im Ordner {folder}.",
    runs: "Letzte Läufe",
    noRuns: "Noch keine Läufe.",
    kind: "Lauf",
    kinds: { DIGEST: "Tägliche Übersicht", OVERDUE: "Überfällig-Benachrichtigung" },
    day: "Tag",
    started: "Begonnen",
    finished: "Beendet",
    running: "läuft",
    planned: "Geplant",
    sent: "Verschickt",
    skipped: "Schon verschickt",
    failed: "Fehlgeschlagen",
    error: "Fehler",
    deliveries: "Verschickte und fehlgeschlagene E-Mails",
    noDeliveries: "Noch keine E-Mails.",
    recipient: "Empfänger",
    subject: "Betreff",
    status: "Status",
    statuses: { CLAIMED: "wird verschickt", SENT: "verschickt", FAILED: "fehlgeschlagen" },
    attempts: "Versuche",
    at: "Zeitpunkt",
    noAddress: "Verantwortliche ohne E-Mail-Adresse",
    noAddressIntro:
      "Für diese überfälligen Einträge kann keine Benachrichtigung verschickt werden: Die Verantwortlichen haben keine eingetragene E-Mail-Adresse (es wird nie eine Adresse geraten).",
    noAddressNone: "Zu keinem überfälligen Eintrag fehlt die Adresse der verantwortlichen Person.",
    noAddressFirst: "Die ersten {shown, number} von {total, number} Einträgen, die am längsten überfällig sind.",
    sendNow: {
      title: "Jetzt senden",
      intro:
        "Startet die tägliche Übersicht und die Überfällig-Benachrichtigungen für heute sofort – als Aufträge derselben Warteschlange wie zur geplanten Zeit. Was heute schon verschickt wurde, wird nicht noch einmal verschickt.",
      button: "Jetzt senden …",
      confirm: "Die tägliche Übersicht und die Überfällig-Benachrichtigungen für heute jetzt verschicken?",
      yes: "Ja, jetzt senden",
      off: "Ohne Mailserver (SMTP_URL) kann nichts verschickt werden.",
      busy: "Ein Lauf wartet noch oder läuft gerade; er verschickt, was fällig ist. Bitte warten, bis er fertig ist.",
      failed: "Konnte nicht gestartet werden: {message}",
      queued: "Gestartet. Ergebnis:",
      states: {
        created: "wartet auf einen Server",
        retry: "wird erneut versucht",
        active: "läuft",
        completed: "fertig",
        failed: "fehlgeschlagen",
        cancelled: "abgebrochen",
        unknown: "unbekannt",
      },
      result:
        "{kind}: {state} – {sent, plural, one {# E-Mail verschickt} other {# E-Mails verschickt}}, {skipped, number} schon verschickt, {failed, number} fehlgeschlagen",
      waiting: "{kind}: {state}",
    },
    record: "Eintrag",
    owner: "Verantwortlich",
    reason: "Grund",
    reasons: {
      NO_OWNER: "Keine verantwortliche Person eingetragen",
      UNIT_ONLY: "Nur eine Stelle eingetragen, keine Person",
      ERASED: "Die verantwortliche Person wurde gelöscht (DSGVO Art. 17)",
      NO_EMAIL: "Person ohne E-Mail-Adresse",
    },
  },
};

export default mail;
