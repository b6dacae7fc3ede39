/**
 * The German translation of Hub Elements (`de`). It loads by itself the first time a page shows
 * German; import it to have it before the first render instead:
 *
 * ```ts
 * import { registerMessages } from '@hub/elements';
 * import { deMessages } from '@hub/elements/locales/de.js';
 *
 * registerMessages('de', deMessages);
 * ```
 *
 * @packageDocumentation
 */
import type { CompleteMessages } from '../base/messages.js';

/** German strings of every Hub Element (`de`). */
export const deMessages: CompleteMessages = {
  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.close': 'Schließen',
  'common.dismiss': 'Ausblenden',
  'common.cancel': 'Abbrechen',
  'common.noProvider':
    'Dieses Element muss von einem <hub-provider> umschlossen sein (oder am Provider muss ein Client festgelegt sein).',
  'common.noClientId':
    'Setzen Sie client-id an <hub-provider> auf den 360dialog-Kunden (ID endet auf CL), dessen Daten angezeigt werden sollen.',
  'common.refresh': 'Aktualisieren',
  'common.copy': 'Kopieren',
  'common.copied': 'Kopiert',
  'common.confirm': 'Bestätigen',
  'common.save': 'Speichern',
  'common.edit': 'Bearbeiten',
  'common.delete': 'Löschen',
  'common.actions': 'Aktionen',
  'common.search': 'Suchen',
  'common.all': 'Alle',
  'common.unknown': 'Unbekannt',
  'common.unknownValue': 'Unbekannt ({value})',
  'common.updating': 'Wird aktualisiert…',
  'error.network':
    'Der Hub ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Hub hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  'error.unauthorized':
    'Ihre Sitzung ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an.',
  'error.forbidden': 'Sie haben keine Berechtigung, dies für diesen Kunden zu tun.',
  'error.not_found': 'Dieser Eintrag wurde nicht gefunden. Möglicherweise wurde er gelöscht.',
  'error.conflict':
    'Diese Änderung steht im Konflikt mit dem aktuellen Stand. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.',
  'error.rate_limited':
    'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  'error.invalid_request': 'Einige der eingegebenen Angaben sind ungültig.',
  'error.invalid_response':
    'Der Hub hat eine Antwort gesendet, die nicht gelesen werden konnte. Bitte versuchen Sie es später erneut.',
  'error.server':
    'Beim Hub ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  'error.unknown': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'provider.sessionFailed': 'Es konnte keine sichere Sitzung gestartet werden: {reason}',
  'activityChart.metric.conversations': 'Nachrichten',
  'activityChart.metric.expenses': 'Geschätzte Ausgaben',
  'activityChart.perDay.conversations': 'Nachrichten pro Tag',
  'activityChart.hint.conversations':
    'Pro Nachricht gezählt, wie Meta seit Juli 2025 abrechnet (in älteren Anleitungen heißt dieser Wert „Konversationen gesamt“).',
  'activityChart.perDay.expenses': 'Ungefähre Kosten pro Tag ({currency})',
  'activityChart.category.marketing': 'Marketing',
  'activityChart.category.marketing_lite': 'Marketing Lite',
  'activityChart.category.utility': 'Dienstprogramm',
  'activityChart.category.authentication': 'Authentifizierung',
  'activityChart.category.authentication_international': 'Authentifizierung (international)',
  'activityChart.category.service': 'Service',
  'activityChart.category.referral_conversion': 'Empfehlungs-Conversion',
  'activityChart.category.other': 'Sonstige',
  'activityChart.range': 'Zeitraum',
  'activityChart.range.last-7-days': 'Letzte 7 Tage',
  'activityChart.range.last-30-days': 'Letzte 30 Tage',
  'activityChart.range.last-90-days': 'Letzte 90 Tage',
  'activityChart.range.this-month': 'Dieser Monat',
  'activityChart.range.last-month': 'Letzter Monat',
  'activityChart.range.custom': 'Benutzerdefiniert',
  'activityChart.from': 'Von',
  'activityChart.to': 'Bis',
  'activityChart.customHint': 'Wählen Sie ein Start- und ein Enddatum zwischen {first} und {last}.',
  'activityChart.problem.incomplete': 'Wählen Sie sowohl ein Start- als auch ein Enddatum.',
  'activityChart.problem.invalid-date': 'Ein Datum ist kein gültiger Kalendertag.',
  'activityChart.problem.backwards': 'Das Startdatum liegt nach dem Enddatum.',
  'activityChart.problem.outside-history':
    'Nutzungsdaten sind nur von {first} bis {last} verfügbar.',
  'activityChart.problem.unknown-range':
    'Den Zeitraum „{range}“ gibt es nicht; wählen Sie einen aus der Liste.',
  'activityChart.loading': 'Aktivität wird geladen…',
  'activityChart.empty': 'Keine Aktivität in diesem Zeitraum',
  'activityChart.emptyHint': 'Zwischen {from} und {to} wurde nichts gesendet oder empfangen.',
  'activityChart.noCharges': 'Keine Kosten in diesem Zeitraum',
  'activityChart.noChargesHint':
    'Zwischen {from} und {to} wurden Nachrichten gesendet oder empfangen, aber keine davon wurde berechnet (Service-Antworten sind kostenlos).',
  'activityChart.legend': 'Preiskategorien; wählen Sie eine aus, um sie ein- oder auszublenden',
  'activityChart.chartLabel':
    '{title} pro Tag nach Preiskategorie, {period}. Mit den Pfeiltasten wechseln Sie zwischen den Tagen.',
  'activityChart.total': 'Gesamt',
  'activityChart.date': 'Datum',
  'activityChart.tableCaption': '{title} pro Tag und Preiskategorie, {period}',
  'activityChart.disclaimer':
    'Die Kosten sind Näherungswerte, ihre Summe ist jedoch finanziell verbindlich. Maßgeblich für den genauen Betrag ist die Rechnung von Meta zum Monatsende.',
  'activityChart.estimate': 'Ungefähr',
  'activityChart.approximateOn': 'Ungefähre Kosten am {day}',
  'activityChart.lastWeek': 'Letzte 7 Tage',
  'activityChart.summaryLabel': 'Aktivität der letzten 7 Tage',
  'activityChart.open': '{title} auf der Aktivitätsseite öffnen',
  'activityChart.growth.up': '{percent} gegenüber den 7 Tagen davor',
  'activityChart.growth.down': '{percent} gegenüber den 7 Tagen davor',
  'activityChart.growth.flat': 'Unverändert gegenüber den 7 Tagen davor',
  'activityChart.growth.new': 'Neu: nichts in den 7 Tagen davor',
  'activityChart.updating': 'Wird aktualisiert…',
  'activityChart.download': 'CSV herunterladen',
  'activityChart.downloadLabel': 'CSV der angezeigten Werte für {period} herunterladen',
  'activityChart.downloaded': '{fileName} heruntergeladen.',
  'addNumber.add': 'Nummer hinzufügen',
  'addNumber.blocked': 'Das Hinzufügen von Nummern ist nicht verfügbar. {reason}',
  'addNumber.checking': 'Es wird geprüft, ob Nummern hinzugefügt werden können…',
  'addNumber.title': 'Telefonnummer hinzufügen',
  'addNumber.charge':
    'Jede hier hinzugefügte Nummer ist eine zusätzliche Nummer in diesem Konto und wird als solche abgerechnet.',
  'addNumber.selfSignup':
    'Das Unternehmen registriert die Nummer selbst: „Mit Facebook fortfahren“ öffnet die Registrierung von Meta in einem neuen Fenster, in dem Sie die Nummer mit Ihrem WhatsApp Business-Konto verbinden. Ein Partner kann keine Nummern in Ihrem Namen einreichen.',
  'addNumber.continue': 'Mit Facebook fortfahren',
  'addNumber.back': 'Zurück',
  'addNumber.waiting':
    'Schließen Sie die Registrierung im Facebook-Fenster ab. Diese Seite wird aktualisiert, sobald Sie fertig sind.',
  'addNumber.stopWaiting': 'Nicht mehr warten',
  'addNumber.added':
    'Registrierung abgeschlossen. Die Nummernliste ist aktuell; eine neue Nummer zeigt ihren Status an, während Meta die Einrichtung abschließt.',
  'addNumber.closed':
    'Das Facebook-Fenster wurde geschlossen, bevor die Registrierung abgeschlossen war. Es wurde keine Nummer hinzugefügt.',
  'addNumber.refused':
    'Das Registrierungsfenster hat ein Ergebnis gesendet, das nicht überprüft werden konnte; es wurde daher ignoriert. Versuchen Sie es erneut.',
  'billing.title': 'Abrechnung',
  'billing.lead': 'Dieser Kunde bezahlt seine WhatsApp-Nummern direkt.',
  'billing.loading': 'Abrechnung wird geladen…',
  'billing.missingClient':
    'Setzen Sie client-id an <hub-provider> auf den Kunden, dessen Abrechnung angezeigt werden soll.',
  'billing.denied': 'Kein Zugriff auf die Abrechnung',
  'billing.deniedHint':
    'Ihr Zugriff auf diesen Kunden umfasst nicht dessen Abrechnung (billing:read).',
  'billing.partnerBilled': 'Abrechnung über Ihren Partner',
  'billing.partnerBilledHint':
    'Ihr Partner bezahlt das WhatsApp-Messaging dieses Kunden und stellt es Ihnen in Rechnung. Daher gibt es hier keine Zahlungsmethode und keine Rechnungsadresse zu verwalten. Wenden Sie sich für Rechnungen und Preise an Ihren Partner.',
  'billing.paymentUnknown': 'Die Zahlungsart ist nicht festgelegt',
  'billing.paymentUnknownHint':
    'Die Abrechnung wird für Kunden mit Direktzahlung angezeigt. Setzen Sie payment-type="direct" oder payment-type="partner" an <hub-provider>, je nachdem, wie das Partnerkonto im Hub konfiguriert ist.',
  'billing.portal': 'Zahlungsmethode und Rechnungsadresse',
  'billing.portalInfo':
    'Das Abrechnungsportal öffnet sich in einem neuen Tab. Dort sehen Sie Ihren aktuellen Tarif und Ihre Rechnungen, können Ihre Karte hinzufügen oder ändern und Ihre Rechnungsadresse aktualisieren.',
  'billing.portalButton': 'Zahlungsmethode und Rechnungsadresse verwalten',
  'billing.portalNewTab': '(öffnet in einem neuen Tab)',
  'billing.portalOpening': 'Abrechnungsportal wird geöffnet…',
  'billing.portalOpened': 'Das Abrechnungsportal wurde in einem neuen Tab geöffnet.',
  'billing.portalUnavailable':
    'Das Abrechnungsportal kann von hier aus nicht geöffnet werden. Wenden Sie sich an Ihren Partner.',
  'billing.portalFailed': 'Das Abrechnungsportal konnte nicht geöffnet werden. {reason}',
  'billing.plans': 'Tarife',
  'billing.plansCaption': 'Abonnement-Tarif jeder Nummer',
  'billing.plansCount': {
    one: '{plan}: {count} Nummer',
    other: '{plan}: {count} Nummern',
  },
  'billing.plansTooMany':
    'Dieser Kunde hat {count} Nummern; die Nummernliste zeigt den Tarif jeder einzelnen Nummer.',
  'billing.noNumbers': 'Dieser Kunde hat noch keine Nummern.',
  'billing.number': 'Nummer',
  'billing.displayName': 'Anzeigename',
  'billing.plan': 'Tarif',
  'billing.plan.basic': 'Basic',
  'billing.plan.regular': 'Regular',
  'billing.plan.premium': 'Premium',
  'billing.plan.none': 'Nicht gemeldet',
  'billing.history': 'Kosten nach Monat',
  'billing.historyCaption': 'Ungefähre Kosten pro Monat, {period}',
  'billing.month': 'Monat',
  'billing.messages': 'Nachrichten',
  'billing.charges': 'Ungefähre Kosten',
  'billing.total': 'Gesamt',
  'billing.monthToDate': '{month} (bisher)',
  'billing.notice':
    'Diese Kosten sind Näherungswerte, ihre Summe ist jedoch finanziell verbindlich. Maßgeblich für den genauen Betrag ist die Rechnung von Meta zum Monatsende.',
  'billing.empty': 'Noch keine Kosten',
  'billing.emptyHint':
    'Die Kosten erscheinen hier Monat für Monat, sobald die Nummern dieses Kunden kostenpflichtige Nachrichten senden.',
  'billing.download': 'CSV herunterladen',
  'billing.downloadLabel': 'CSV der Kosten nach Monat herunterladen',
  'billing.downloaded': '{fileName} heruntergeladen.',
  'billing.sectionFailed': 'Dieser Bereich konnte nicht geladen werden. {reason}',
  'funds.loading': 'Guthaben wird geladen…',
  'funds.missingClient':
    'Setzen Sie client-id an <hub-provider> auf den Kunden, dessen Guthaben angezeigt werden soll.',
  'funds.denied': 'Kein Zugriff auf das Guthaben',
  'funds.deniedBody': 'Ihr Zugriff auf diesen Kunden umfasst nicht dessen Guthaben (billing:read).',
  'funds.partnerTitle': 'Ihr Partner verwaltet das Guthaben',
  'funds.partnerBody':
    'Dieser Kunde zahlt über den Partner: Der Partner bezahlt seine Nachrichten und Nummern, daher gibt es hier kein Guthaben aufzuladen oder zu erneuern.',
  'funds.unknownTitle': 'Die Zahlungsart ist nicht festgelegt',
  'funds.unknownBody':
    'Guthaben gibt es nur für Kunden mit Direktzahlung. Setzen Sie payment-type="direct" oder payment-type="partner" an <hub-provider>, je nachdem, wie das Partnerkonto im Hub konfiguriert ist.',
  'funds.title': 'Guthaben',
  'funds.balance': 'Kontostand',
  'funds.lowBadge': 'Niedriger Kontostand',
  'funds.lastRenewal': 'Zuletzt aufgeladen',
  'funds.lastRenewalValue': '{date}, {amount} aufgeladen',
  'funds.outlook': 'Reicht für',
  'funds.daysLeft': {
    one: 'Etwa {count} Tag',
    other: 'Etwa {count} Tage',
  },
  'funds.lessThanADay': 'Weniger als einen Tag',
  'funds.noneLeft': 'Aufgebraucht',
  'funds.dailySpend': 'Bei {amount} pro Tag, dem Durchschnitt der letzten 7 Tage.',
  'funds.noRecentSpend':
    'Keine Kosten in den letzten 7 Tagen, daher gibt es keinen Verbrauch als Grundlage.',
  'funds.outlookFailed':
    'Es konnte nicht geschätzt werden, wie lange das Guthaben reicht. {reason}',
  'funds.outlookLoading': 'Es wird geschätzt, wie lange das Guthaben reicht…',
  'funds.lowEmpty':
    'Kein Guthaben mehr. Laden Sie Guthaben auf, damit kostenpflichtige Nachrichten weiterhin versendet werden.',
  'funds.lowRenewing':
    'Der Kontostand liegt bei oder unter dem Schwellenwert für die automatische Aufladung von {threshold}; die automatische Aufladung erhöht ihn um {amount}.',
  'funds.lowDays':
    'Das Guthaben wird knapp: Beim aktuellen Verbrauch reicht es weniger als eine Woche. Laden Sie Guthaben auf oder aktivieren Sie die automatische Aufladung.',
  'funds.addFunds': 'Guthaben aufladen',
  'funds.autoRenewal': 'Automatische Aufladung',
  'funds.autoRenewalOn': 'Aktiviert',
  'funds.autoRenewalOff': 'Deaktiviert',
  'funds.autoRenewalOnBody':
    'Wenn der Kontostand auf {threshold} sinkt, werden {amount} aufgeladen.',
  'funds.autoRenewalOffBody': 'Guthaben wird nur aufgeladen, wenn jemand es manuell auflädt.',
  'funds.autoRenewalUnknown': 'Vom Hub nicht gemeldet.',
  'funds.manage': 'Automatische Aufladung ändern',
  'funds.addOpened': 'Die Zahlungsseite wurde in einem neuen Tab geöffnet.',
  'funds.manageOpened': 'Die Guthaben-Seite wurde in einem neuen Tab geöffnet.',
  'funds.addUnavailable':
    'Die Zahlungsseite kann von hier aus nicht geöffnet werden. Wenden Sie sich an Ihren Partner.',
  'funds.manageUnavailable':
    'Die Guthaben-Seite kann von hier aus nicht geöffnet werden. Wenden Sie sich an Ihren Partner.',
  'helpLinks.label': 'Hilfe',
  'helpLinks.docs': 'Dokumentation',
  'helpLinks.roadmap': 'Roadmap',
  'helpLinks.status': 'Status',
  'helpLinks.support': 'Support',
  'helpLinks.newTab': '(öffnet in einem neuen Tab)',
  'importNumber.import': 'Von anderem BSP importieren',
  'importNumber.title': 'Nummer von einem anderen BSP importieren',
  'importNumber.intro':
    'Übertragen Sie eine Nummer, die die WhatsApp Business API bereits bei einem anderen Anbieter nutzt. Bestätigen Sie vor dem Start jeden Punkt:',
  'importNumber.checklist': 'Vor dem Import',
  'importNumber.item.registered':
    'Die Nummer ist bei ihrem aktuellen Anbieter für die WhatsApp Business API registriert.',
  'importNumber.item.twoStepOff':
    'Die zweistufige Verifizierung ist für die Nummer bei diesem Anbieter deaktiviert. Sie kann nach der Übertragung wieder aktiviert werden.',
  'importNumber.item.templates':
    'Nur genehmigte Nachrichtenvorlagen mit hoher Qualität werden kopiert. Andere Vorlagen müssen neu erstellt und erneut genehmigt werden.',
  'importNumber.item.displayName':
    'Anzeigename, Qualitätsbewertung und Messaging-Limit bleiben bei der Nummer; der Chatverlauf wird nicht übertragen.',
  'importNumber.signup':
    '„Mit Facebook fortfahren“ öffnet dieselbe Registrierung wie beim Hinzufügen einer Nummer: Geben Sie die Nummer ein, die Sie übertragen. Die Nummer wird wie jede zusätzliche Nummer abgerechnet.',
  'importNumber.tickAll': 'Bestätigen Sie jeden Punkt, um fortzufahren.',
  'importNumber.help': 'Migrationsanleitung von 360dialog',
  'importNumber.helpNewTab': '(öffnet in einem neuen Tab)',
  'importNumber.done':
    'Import gestartet. Die Nummernliste ist aktuell; die Nummer zeigt ihren Status an, bis die Übertragung abgeschlossen ist.',
  'numberDetails.loading': 'Nummerndetails werden geladen…',
  'numberDetails.missingId':
    'Setzen Sie das Attribut number-id auf die Nummer, die angezeigt werden soll.',
  'numberDetails.overview': 'Nummer',
  'numberDetails.phoneNumber': 'Telefonnummer',
  'numberDetails.status': 'Status',
  'numberDetails.accountMode': 'Kontomodus',
  'numberDetails.deletionDate': 'Gelöscht am (Abrechnung endet)',
  'numberDetails.mode.live': 'Live',
  'numberDetails.mode.sandbox': 'Sandbox',
  'numberDetails.billingStarted': 'Abrechnungsbeginn',
  'numberDetails.billingNotStarted': 'Noch nicht begonnen',
  'numberDetails.plan': 'Abonnement-Tarif',
  'numberDetails.plan.basic': 'Basic',
  'numberDetails.plan.regular': 'Regular',
  'numberDetails.plan.premium': 'Premium',
  'numberDetails.quality': 'Qualitätsbewertung',
  'numberDetails.tier': 'Messaging-Limit',
  'numberDetails.channel': 'WhatsApp-Kanal',
  'numberDetails.displayName': 'Anzeigename',
  'numberDetails.editName': 'Anzeigenamen bearbeiten',
  'numberDetails.nameGatePending':
    'Eine Nummer mit ausstehender Löschung behält ihren Anzeigenamen; machen Sie die Kündigung rückgängig, um ihn zu ändern.',
  'numberDetails.nameUnderReview': 'In Prüfung: „{name}“',
  'numberDetails.nameUnderReviewHelp':
    'Meta prüft den neuen Namen; der aktuelle Name bleibt für Ihre Kunden sichtbar, bis der neue genehmigt ist.',
  'numberDetails.nameApproved': 'Genehmigt',
  'numberDetails.nameRejected': 'Meta hat „{name}“ abgelehnt.',
  'numberDetails.nameRejectedNoName': 'Meta hat den zuletzt beantragten Namen abgelehnt.',
  'numberDetails.nameRejectedRetry':
    'Prüfen Sie die Richtlinien von Meta für Anzeigenamen und beantragen Sie dann über „Anzeigenamen bearbeiten“ einen anderen Namen.',
  'numberDetails.nameRejectedNoAccess':
    'Einen anderen Namen kann eine Person beantragen, deren Zugriff das Ändern von Anzeigenamen umfasst.',
  'numberDetails.nameDialogTitle': 'Neuen Anzeigenamen beantragen',
  'numberDetails.nameDialogBody':
    'Meta prüft jeden Anzeigenamen anhand seiner Richtlinien für Namen. Die Genehmigung kann bis zu 24 Stunden dauern, und die Anzahl der Änderungen ist begrenzt. Prüfen Sie den Namen daher, bevor Sie ihn senden.',
  'numberDetails.newName': 'Neuer Anzeigename',
  'numberDetails.nameHint': '3 bis 75 Zeichen.',
  'numberDetails.nameIssue.too_short': 'Verwenden Sie mindestens 3 Zeichen.',
  'numberDetails.nameIssue.too_long': 'Verwenden Sie höchstens 75 Zeichen.',
  'numberDetails.nameIssue.unchanged': 'Das ist bereits der aktuelle Anzeigename.',
  'numberDetails.sendForReview': 'Zur Prüfung senden',
  'numberDetails.sendingForReview': 'Wird gesendet…',
  'numberDetails.nameRequested': 'Neuer Anzeigename zur Prüfung an Meta gesendet.',
  'numberDetails.nameFailed': 'Der neue Anzeigename konnte nicht beantragt werden. {reason}',
  'numberDetails.waba': 'WhatsApp Business-Konto',
  'numberDetails.wabaName': 'Name',
  'numberDetails.wabaType': 'Typ',
  'numberDetails.noMessagingApi':
    'Für diese Nummer noch nicht verfügbar: Sie wird über einen eigenen API-Zugang erreicht, den sie erhält, sobald sie in Betrieb ist.',
  'numberDetails.type.on_behalf_of': 'Im Auftrag (von 360dialog erstellt)',
  'numberDetails.type.embedded_signup': 'Geteilt (Embedded Signup)',
  'numberDetails.type.coexistence': 'Koexistenz (WhatsApp Business App)',
  'numberDetails.oboStatus': 'Nachrichten im Auftrag (OBO)',
  'numberDetails.obo.approved': 'Genehmigt',
  'numberDetails.obo.submitted': 'Eingereicht, Genehmigung ausstehend',
  'numberDetails.obo.denied': 'Verweigert',
  'numberDetails.obo.rejected': 'Abgelehnt',
  'numberDetails.timezone': 'Zeitzonen-ID',
  'numberDetails.businessManagerId': 'Business Manager-ID',
  'numberDetails.wabaId': 'WABA-ID',
  'numberDetails.namespace': 'Namensraum',
  'numberDetails.notSet': 'Nicht festgelegt',
  'numberDetails.copy': '{label} kopieren',
  'numberDetails.copied': '{label} kopiert',
  'numberDetails.copiedShort': 'Kopiert',
  'numberDetails.copyFailed': 'Kopieren nicht möglich; markieren Sie stattdessen den Text.',
  'numberDetails.commerce': 'Katalog- und Warenkorbeinstellungen',
  'numberDetails.catalogVisible': 'Katalog für Kunden anzeigen',
  'numberDetails.cartEnabled': 'Kunden die Nutzung des Warenkorbs erlauben',
  'numberDetails.commerceOboNote':
    'Dieses Konto wurde im Auftrag des Kunden erstellt; wenden Sie sich an den Support, um seine Katalog- und Warenkorbeinstellungen zu ändern.',
  'numberDetails.commerceSaved': 'Katalog- und Warenkorbeinstellungen gespeichert.',
  'numberDetails.commerceFailed':
    'Die Katalog- und Warenkorbeinstellungen konnten nicht gespeichert werden. {reason}',
  'numberDetails.profile': 'Unternehmensprofil',
  'numberDetails.editProfile': 'Profil bearbeiten',
  'numberDetails.about': 'Info',
  'numberDetails.address': 'Adresse',
  'numberDetails.description': 'Beschreibung',
  'numberDetails.email': 'E-Mail',
  'numberDetails.websites': 'Websites',
  'numberDetails.website': 'Website {n}',
  'numberDetails.vertical': 'Branche',
  'numberDetails.industry.OTHER': 'Sonstige',
  'numberDetails.industry.AUTO': 'Automobil',
  'numberDetails.industry.BEAUTY': 'Schönheit, Spa und Salon',
  'numberDetails.industry.APPAREL': 'Mode und Bekleidung',
  'numberDetails.industry.EDU': 'Bildung',
  'numberDetails.industry.ENTERTAIN': 'Unterhaltung',
  'numberDetails.industry.EVENT_PLAN': 'Veranstaltungsplanung und -service',
  'numberDetails.industry.FINANCE': 'Finanzen und Banken',
  'numberDetails.industry.GROCERY': 'Lebensmittel',
  'numberDetails.industry.GOVT': 'Öffentlicher Dienst',
  'numberDetails.industry.HOTEL': 'Hotel und Unterkunft',
  'numberDetails.industry.HEALTH': 'Medizin und Gesundheit',
  'numberDetails.industry.NONPROFIT': 'Gemeinnützige Organisation',
  'numberDetails.industry.PROF_SERVICES': 'Professionelle Dienstleistungen',
  'numberDetails.industry.RETAIL': 'Shopping und Einzelhandel',
  'numberDetails.industry.TRAVEL': 'Reisen und Transport',
  'numberDetails.industry.RESTAURANT': 'Restaurant',
  'numberDetails.photo': 'URL des Profilbilds',
  'numberDetails.photoHint':
    'Um das Profilbild zu ändern, laden Sie im WhatsApp Manager ein neues hoch.',
  'numberDetails.profileSaved': 'Unternehmensprofil gespeichert.',
  'numberDetails.profileFailed':
    'Das Unternehmensprofil konnte nicht gespeichert werden; Ihre Änderungen bleiben erhalten. {reason}',
  'numberDetails.profileInvalid': {
    one: 'Korrigieren Sie vor dem Speichern {count} Feld.',
    other: 'Korrigieren Sie vor dem Speichern {count} Felder.',
  },
  'numberDetails.issue.too_long': 'Höchstens {limit} Zeichen.',
  'numberDetails.issue.invalid_email': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'numberDetails.issue.invalid_url':
    'Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.',
  'numberDetails.issue.too_many': 'Höchstens {limit} Websites.',
  'numberDetails.counter': '{count} von {limit}',
  'numberDetails.readOnly': 'Schreibgeschützt. Um andere Angaben zu ändern, {ticket}.',
  'numberDetails.supportTicket': 'erstellen Sie ein Support-Ticket',
  'numberDetails.sectionFailed': 'Dieser Bereich konnte nicht geladen werden. {reason}',
  'numbers.status.running': 'In Betrieb',
  'numbers.status.live': 'Live',
  'numbers.status.ready': 'Bereit',
  'numbers.status.pending_deletion': 'Löschung ausstehend',
  'numbers.status.new_name_requested': 'Name in Prüfung',
  'numbers.status.certificate_declined': 'Name abgelehnt',
  'numbers.status.created': 'Erstellt',
  'numbers.status.submitted': 'Eingereicht',
  'numbers.status.unverified': 'Nicht verifiziert',
  'numbers.status.verified': 'Verifiziert',
  'numbers.status.consents_signed': 'Einwilligungen unterzeichnet',
  'numbers.status.modified': 'Geändert',
  'numbers.status.imported': 'Importiert',
  'numbers.status.error': 'Fehler',
  'numbers.status.porting_ready': 'Bereit zur Portierung',
  'numbers.status.ready_for_migration': 'Bereit zur Migration',
  'numbers.status.waiting_for_migration_code': 'Warten auf Code',
  'numbers.status.migration_code_requested': 'Code angefordert',
  'numbers.statusHelp.running': 'Verbunden; sendet und empfängt Nachrichten.',
  'numbers.statusHelp.live': 'Mit WhatsApp verbunden und bereit für den Nachrichtenversand.',
  'numbers.statusHelp.ready':
    'Eingerichtet und verifiziert; geht in Betrieb, sobald ihr API-Schlüssel verwendet wird.',
  'numbers.statusHelp.pending_deletion':
    'Kündigung beantragt: Die Nummer sendet und empfängt noch bis zum Monatsende; dann wird sie gelöscht und die Abrechnung endet.',
  'numbers.statusHelp.new_name_requested':
    'Meta prüft einen neuen Anzeigenamen; die Nummer funktioniert währenddessen weiter.',
  'numbers.statusHelp.certificate_declined':
    'Meta hat den beantragten Anzeigenamen abgelehnt; der aktuelle Name bleibt bestehen, und ein anderer kann beantragt werden.',
  'numbers.statusHelp.created': 'Die Einrichtung wurde begonnen und ist noch nicht abgeschlossen.',
  'numbers.statusHelp.submitted': 'An Meta übermittelt; Antwort ausstehend.',
  'numbers.statusHelp.unverified': 'Der Anzeigename wartet auf die Verifizierung durch Meta.',
  'numbers.statusHelp.verified':
    'Der Anzeigename ist verifiziert; die Einrichtung wird fortgesetzt.',
  'numbers.statusHelp.consents_signed':
    'Die erforderlichen Einwilligungen sind unterzeichnet; die Einrichtung wird fortgesetzt.',
  'numbers.statusHelp.modified':
    'Die Einstellungen wurden kürzlich geändert und werden übernommen.',
  'numbers.statusHelp.imported': 'Von einem anderen Anbieter (BSP) hierher übertragen.',
  'numbers.statusHelp.error':
    'Die Einrichtung ist fehlgeschlagen; öffnen Sie die Nummer für Details oder wenden Sie sich an den Support.',
  'numbers.statusHelp.porting_ready': 'Bereit zur Übertragung vom bisherigen Anbieter.',
  'numbers.statusHelp.ready_for_migration': 'Bereit zur Migration von einem anderen Anbieter.',
  'numbers.statusHelp.waiting_for_migration_code':
    'Für die Migration wird der Bestätigungscode benötigt, der an die Nummer gesendet wurde.',
  'numbers.statusHelp.migration_code_requested':
    'Ein Bestätigungscode wurde an die Nummer gesendet, um die Migration abzuschließen.',
  'numbers.statusHelp.unknown':
    'Der Hub meldet einen Status, den diese Version der Hub Elements noch nicht kennt.',
  'numbers.quality.GREEN': 'Hoch',
  'numbers.quality.YELLOW': 'Mittel',
  'numbers.quality.RED': 'Niedrig',
  'numbers.quality.UNKNOWN': 'Unbekannt',
  'numbers.tier.none': 'Nicht zugewiesen',
  'numbers.tier.unlimited': 'Unbegrenzt',
  'numbers.tier.limit': '{limit} / 24 Std.',
  'numbers.underReview': 'In Prüfung',
  'numbers.underReviewHelp':
    'Beantragt: „{name}“. Meta prüft den Namen; der aktuelle Name bleibt bis zur Genehmigung bestehen.',
  'numbers.gate.permission': 'Ihr Zugriff auf diesen Kunden umfasst diese Aktion nicht.',
  'numbers.gate.plan': 'Im Tarif dieses Kunden nicht enthalten.',
  'numbers.gate.state': 'Im aktuellen Status der Nummer nicht verfügbar.',
  'numbers.gate.limit': 'Dieser Kunde hat sein Nummernlimit erreicht.',
  'numbers.gate.busy': 'Eine Änderung an dieser Nummer wird noch gespeichert.',
  'numbers.gate.unknown': 'Verfügbarkeit wird geprüft…',
  'numberList.label': 'Telefonnummern',
  'numberList.loading': 'Telefonnummern werden geladen…',
  'numberList.search': 'Nummern durchsuchen',
  'numberList.searchPlaceholder': 'Nummer oder Anzeigename',
  'numberList.filterStatus': 'Status',
  'numberList.filterQuality': 'Qualität',
  'numberList.allStatuses': 'Alle Status',
  'numberList.allQualities': 'Alle Bewertungen',
  'numberList.results': {
    one: '{count} Nummer',
    other: '{count} Nummern',
  },
  'numberList.resultsOf': '{count} von {total} Nummern',
  'numberList.loadingMore': 'Weitere Nummern werden geladen… bisher {loaded} von {total}.',
  'numberList.skipped': {
    one: '{count} Nummer konnte nicht angezeigt werden: Der Hub hat sie in einem Format gesendet, das diese Version nicht lesen kann.',
    other:
      '{count} Nummern konnten nicht angezeigt werden: Der Hub hat sie in einem Format gesendet, das diese Version nicht lesen kann.',
  },
  'numberList.col.phoneNumber': 'Telefonnummer',
  'numberList.col.status': 'Status',
  'numberList.col.displayName': 'Anzeigename',
  'numberList.col.qualityRating': 'Qualität',
  'numberList.col.messagingTier': 'Messaging-Limit',
  'numberList.col.actions': 'Aktionen',
  'numberList.sortBy': 'Sortieren nach',
  'numberList.sorted': 'Sortiert nach {column}, {direction}',
  'numberList.ascending': 'aufsteigend',
  'numberList.descending': 'absteigend',
  'numberList.manage': 'Verwalten',
  'numberList.manageLabel': '{number} verwalten',
  'numberList.signals': 'Signals',
  'numberList.signalsLabel': 'Signals für {number}',
  'numberList.signalsDenied':
    'Signals kann nicht geändert werden: Ihr Zugriff auf diesen Kunden umfasst nicht das Aktivieren oder Deaktivieren.',
  'numberList.signalsTitle': 'Signals für {number}',
  'numberList.signalsBody':
    'Signals misst, welche Click-to-WhatsApp-Anzeigen zu Unterhaltungen mit dieser Nummer führen. Der Hub meldet nicht, ob die Funktion aktiviert ist; wählen Sie daher, was gesendet werden soll.',
  'numberList.signalsChoice': 'An den Hub senden',
  'numberList.signalsOn': 'Signals aktivieren',
  'numberList.signalsOff': 'Signals deaktivieren',
  'numberList.signalsPick': 'Wählen Sie, ob Signals aktiviert oder deaktiviert werden soll.',
  'numberList.signalsSend': 'Senden',
  'numberList.signalsSending': 'Wird gesendet…',
  'numberList.signalsClose': 'Schließen',
  'numberList.signalsSentOn': 'An den Hub gesendet: Signals für {number} aktivieren.',
  'numberList.signalsSentOff': 'An den Hub gesendet: Signals für {number} deaktivieren.',
  'numberList.signalsFailed': 'Signals konnte nicht geändert werden. {reason}',
  'numberList.inboxOpened': 'Die Inbox-Aktivierung wurde in einem neuen Tab geöffnet.',
  'numberList.inboxUnavailable':
    'Die Inbox-Aktivierung kann von hier aus nicht gestartet werden. Wenden Sie sich an Ihren Partner.',
  'numberList.more': 'Weitere Aktionen für {number}',
  'numberList.activateInbox': 'Inbox aktivieren',
  'numberList.cancelSubscription': 'Abonnement kündigen',
  'numberList.revokeCancellation': 'Kündigung rückgängig machen',
  'numberList.addNumber': 'Nummer hinzufügen',
  'numberList.importNumber': 'Von anderem BSP importieren',
  'numberList.addBlocked': 'Das Hinzufügen von Nummern ist nicht verfügbar. {reason}',
  'numberList.emptyTitle': 'Noch keine Telefonnummern',
  'numberList.emptyBody':
    'Fügen Sie eine WhatsApp-Nummer hinzu, um Nachrichten zu senden und zu empfangen.',
  'numberList.noMatchTitle': 'Keine passenden Nummern',
  'numberList.noMatchBody': 'Versuchen Sie eine andere Suche oder setzen Sie die Filter zurück.',
  'numberList.clearFilters': 'Filter zurücksetzen',
  'numberList.back': 'Zurück zu den Nummern',
  'numberList.cancelTitle': 'Abonnement für {number} kündigen?',
  'numberList.cancelBody':
    'Die Nummer wechselt in den Status „Löschung ausstehend“. Sie sendet und empfängt weiterhin Nachrichten bis {date}, dem Monatsende; danach wird sie gelöscht und die Abrechnung endet.',
  'numberList.cancelUndoHint': 'Bis dahin können Sie die Kündigung rückgängig machen.',
  'numberList.cancelKeep': 'Nummer behalten',
  'numberList.cancelConfirm': 'Abonnement kündigen',
  'numberList.cancelling': 'Abonnement für {number} wird gekündigt…',
  'numberList.cancelled': 'Abonnement für {number} gekündigt. Die Nummer wird am {date} gelöscht.',
  'numberList.cancelFailed':
    'Das Abonnement für {number} konnte nicht gekündigt werden; es bleibt unverändert. {reason}',
  'numberList.revoked': 'Kündigung für {number} rückgängig gemacht.',
  'numberList.revokeFailed':
    'Die Kündigung für {number} konnte nicht rückgängig gemacht werden. {reason}',
  'numberList.undo': 'Rückgängig',
  'numberList.liveStatus': '{number} hat jetzt den Status „{status}“.',
  'numberList.liveUpdated': '{number} wurde aktualisiert.',
  'partnerChange.title': 'Ihr Partner',
  'partnerChange.current': 'Aktueller Partner',
  'partnerChange.partnerId': 'Partner-ID',
  'partnerChange.unknown': 'Hier nicht bekannt',
  'partnerChange.body':
    'Um zu einem anderen Partner zu wechseln, beantragen Sie im 360dialog Client Hub einen Partnerwechsel (Profil, Organisationseinstellungen). Alle Ihre Nummern wechseln gemeinsam, und der neue Partner muss zustimmen.',
  'partnerChange.request': 'Partnerwechsel beantragen',
  'partnerChange.opened': 'Der Client Hub wurde in einem neuen Tab geöffnet.',
  'partnerChange.unavailable':
    'Der Client Hub kann von hier aus nicht geöffnet werden. Melden Sie sich selbst im 360dialog Client Hub an.',
  'partnerChanges.title': 'Anfragen zum Partnerwechsel',
  'partnerChanges.intro':
    'Kunden anderer Partner, die zu Ihnen wechseln möchten. Genehmigen oder lehnen Sie jede Anfrage im Partner Hub ab.',
  'partnerChanges.loading': 'Anfragen zum Partnerwechsel werden geladen…',
  'partnerChanges.emptyTitle': 'Keine Anfragen zum Partnerwechsel',
  'partnerChanges.emptyBody':
    'Wenn ein Kunde zu Ihnen wechseln möchte, erscheint die Anfrage hier.',
  'partnerChanges.denied': 'Kein Zugriff auf Anfragen zum Partnerwechsel',
  'partnerChanges.deniedBody':
    'Anfragen zum Partnerwechsel sind für Ihre eigenen Mitarbeitenden bestimmt: Melden Sie sich mit einer Sitzung für Partner-Mitarbeitende an (partnerChanges:read).',
  'partnerChanges.client': 'Kunde',
  'partnerChanges.scope': 'Umfang',
  'partnerChanges.full': 'Gesamtes Konto',
  'partnerChanges.selective': 'Ausgewählte Nummern',
  'partnerChanges.scopeUnknown': 'Nicht gemeldet',
  'partnerChanges.numbers': 'Nummern',
  'partnerChanges.numberCount': {
    one: '{count} Nummer',
    other: '{count} Nummern',
  },
  'partnerChanges.status': 'Status',
  'partnerChanges.created': 'Angefragt am',
  'partnerChanges.actions': 'Aktionen',
  'partnerChanges.status.created': 'Neu',
  'partnerChanges.status.pending': 'Genehmigung ausstehend',
  'partnerChanges.status.completed': 'Abgeschlossen',
  'partnerChanges.status.failed': 'Fehlgeschlagen',
  'partnerChanges.review': 'Genehmigen oder ablehnen',
  'partnerChanges.reviewLabel': 'Anfrage von {client} im Partner Hub genehmigen oder ablehnen',
  'partnerChanges.reviewOpened': 'Der Partner Hub wurde in einem neuen Tab geöffnet.',
  'partnerChanges.reviewUnavailable':
    'Der Partner Hub kann von hier aus nicht geöffnet werden. Öffnen Sie ihn selbst, um Anfragen zu genehmigen oder abzulehnen.',
  'partnerChanges.autoApprove': 'Jede Anfrage automatisch genehmigen',
  'partnerChanges.autoApproveHint':
    'Wenn aktiviert, genehmigt der Hub jede eingehende Anfrage, ohne auf Sie zu warten.',
  'partnerChanges.autoApproveUnknown':
    'Der Hub teilt die aktuelle Einstellung nicht mit; Ihre Auswahl legt sie fest.',
  'partnerChanges.turnOn': 'Aktivieren',
  'partnerChanges.turnOff': 'Deaktivieren',
  'partnerChanges.autoApproveOn':
    'Automatische Genehmigung ist aktiviert: Neue Anfragen werden automatisch genehmigt.',
  'partnerChanges.autoApproveOff':
    'Automatische Genehmigung ist deaktiviert: Sie genehmigen jede Anfrage selbst.',
  'partnerChanges.autoApproveFailed': 'Die automatische Genehmigung wurde nicht geändert. {reason}',
  'partnerChanges.writeDenied':
    'Zum Ändern der automatischen Genehmigung ist partnerChanges:write erforderlich.',
  'partnerPermissions.loading': 'Partnerzugriff wird geladen…',
  'partnerPermissions.missingClient':
    'Setzen Sie client-id an <hub-provider> auf den Kunden, dessen Partnerzugriff angezeigt werden soll.',
  'partnerPermissions.denied': 'Kein Zugriff auf Nummern',
  'partnerPermissions.deniedBody':
    'Ihr Zugriff auf diesen Kunden umfasst nicht dessen Nummern (numbers:read).',
  'partnerPermissions.title': 'Partnerzugriff',
  'partnerPermissions.intro':
    'Ihr Partner kann nur die Nummern verwalten, die Sie für ihn freigeben. Diese wählen Sie auf der Berechtigungsseite von 360dialog aus.',
  'partnerPermissions.summary': '{shared} von {total} für Ihren Partner freigegeben',
  'partnerPermissions.empty': 'Noch keine Nummern',
  'partnerPermissions.emptyBody':
    'Nummern, die Sie hinzufügen, erscheinen hier zusammen mit dem Zugriff, den Ihr Partner darauf hat.',
  'partnerPermissions.shared': 'Freigegeben',
  'partnerPermissions.missing': 'Fehlt',
  'partnerPermissions.sharedHelp': 'Ihr Partner kann diese Nummer verwalten.',
  'partnerPermissions.missingHelp':
    'Nicht freigegeben: Ihr Partner kann diese Nummer nicht verwalten.',
  'partnerPermissions.grant': 'Zugriff gewähren oder ändern',
  'partnerPermissions.waiting': 'Warten auf die Berechtigungsseite…',
  'partnerPermissions.manageDenied':
    'Ihr Zugriff auf diesen Kunden umfasst nicht das Ändern des Partnerzugriffs (permissions:manage).',
  'partnerPermissions.numbers': {
    one: '{count} Nummer',
    other: '{count} Nummern',
  },
  'partnerPermissions.updated': 'Zugriff aktualisiert: {shared} freigegeben, {revoked} entzogen.',
  'partnerPermissions.updatedShared': 'Zugriff aktualisiert: {shared} freigegeben.',
  'partnerPermissions.closed':
    'Die Berechtigungsseite wurde geschlossen; es wurde nichts geändert.',
  'partnerPermissions.refused':
    'Die Antwort der Berechtigungsseite konnte nicht überprüft werden; daher wurde nichts geändert. Versuchen Sie es erneut.',
  'partnerPermissions.redirecting': 'Berechtigungsseite wird in diesem Tab geöffnet…',
  'settings.permissions': 'Partnerberechtigungen',
  'settings.partnerChange': 'Partner',
  'settings.help': 'Hilfe',
  'settings.user': 'Ihr Konto',
  'templateEditor.title.create': 'Neue Vorlage',
  'templateEditor.title.edit': 'Vorlage bearbeiten',
  'templateEditor.title.copy': 'Vorlage kopieren',
  'templateEditor.title.add-language': 'Sprache hinzufügen',
  'templateEditor.title.view': 'Vorlage',
  'templateEditor.loading': 'Vorlage wird geladen…',
  'templateEditor.notFound':
    'Diese Vorlage wurde nicht gefunden. Möglicherweise wurde sie gelöscht.',
  'templateEditor.noWaba':
    'Setzen Sie das Attribut waba-account-id, um Vorlagen für ein Konto zu erstellen.',
  'templateEditor.readOnly':
    'Sie können diese Vorlage ansehen, aber nicht ändern: Dafür ist die Berechtigung templates:write erforderlich.',
  'templateEditor.error': 'Fehler',
  'templateEditor.warning': 'Warnung',
  'templateEditor.name': 'Name',
  'templateEditor.nameHint': 'Kleinbuchstaben, Ziffern und Unterstriche, z. B. order_update.',
  'templateEditor.category': 'Kategorie',
  'templateEditor.categoryNote':
    'WhatsApp kann die Kategorie während der Prüfung ändern, wenn der Inhalt besser zu einer anderen passt.',
  'templateEditor.categoryHelp.MARKETING':
    'Werbeaktionen, Angebote, Ankündigungen und alles, was diese mit anderen Inhalten kombiniert; außerdem die Kategorie für Vorlagen, deren Zweck unklar ist.',
  'templateEditor.categoryHelp.UTILITY':
    'Nicht werbliche Nachrichten zu etwas, das der Nutzer getan oder angefragt hat (eine Bestellung, ein Konto, eine Buchung), oder wichtige Benachrichtigungen. Stuft Meta eine Dienstprogramm-Vorlage als werblich ein, genehmigt Meta sie als Marketing.',
  'templateEditor.categoryHelp.AUTHENTICATION':
    'Nur Einmal-Passcodes, mit dem von WhatsApp vorgegebenen Text und einem Button für „Code kopieren“, One-Tap oder Zero-Tap.',
  'templateEditor.lock.category_after_approval':
    'Die Kategorie einer genehmigten Vorlage kann nicht geändert werden; erstellen Sie für eine andere Kategorie eine neue Vorlage.',
  'templateEditor.lock.edit_sends_content_only':
    'Eine Bearbeitung ändert nur den Inhalt; erstellen Sie eine neue Vorlage, um dies zu ändern.',
  'templateEditor.lock.shared_by_languages': 'Diese Angabe gilt für alle Sprachen einer Vorlage.',
  'templateEditor.language': 'Sprache',
  'templateEditor.languageHint': 'Zum Suchen tippen, z. B. „Deutsch“ oder „pt_BR“.',
  'templateEditor.parameterFormat': 'Variablen',
  'templateEditor.parameterFormat.POSITIONAL': 'Nummeriert: {{1}}, {{2}}',
  'templateEditor.parameterFormat.NAMED': 'Benannt: {{first_name}}',
  'templateEditor.content': 'Inhalt',
  'templateEditor.body': 'Textkörper',
  'templateEditor.formatting': 'Formatierung',
  'templateEditor.bold': 'Fett',
  'templateEditor.italic': 'Kursiv',
  'templateEditor.strike': 'Durchgestrichen',
  'templateEditor.mono': 'Festbreitenschrift',
  'templateEditor.addVariable': 'Variable hinzufügen',
  'templateEditor.characters': '{count} von {max} Zeichen',
  'templateEditor.samples': 'Beispielwerte',
  'templateEditor.samplesHint':
    'WhatsApp prüft die Vorlage mit diesen Werten; verwenden Sie realistische Werte ohne personenbezogene Daten.',
  'templateEditor.variable': 'Variable',
  'templateEditor.sampleValue': 'Beispielwert',
  'templateEditor.in.header': 'in der Kopfzeile',
  'templateEditor.in.body': 'im Textkörper',
  'templateEditor.header': 'Kopfzeile',
  'templateEditor.headerType': 'Kopfzeilentyp',
  'templateEditor.headerFormat.NONE': 'Keine',
  'templateEditor.headerFormat.TEXT': 'Text',
  'templateEditor.headerFormat.IMAGE': 'Bild',
  'templateEditor.headerFormat.VIDEO': 'Video',
  'templateEditor.headerFormat.DOCUMENT': 'Dokument',
  'templateEditor.headerFormat.LOCATION': 'Standort',
  'templateEditor.headerFormat.GIF': 'GIF',
  'templateEditor.headerText': 'Kopfzeilentext',
  'templateEditor.mediaHandle': 'Medien-Handle des Beispiels',
  'templateEditor.mediaHandleHint':
    'Das Handle einer Beispieldatei, die mit der Resumable Upload API hochgeladen wurde.',
  'templateEditor.footer': 'Fußzeile',
  'templateEditor.buttons': 'Buttons',
  'templateEditor.buttonsHint':
    'Bis zu 10 Buttons. Schnellantworten stehen zusammen, vor oder nach den anderen Buttons; bei mehr als drei Buttons erscheinen die übrigen unter „Alle Optionen ansehen“.',
  'templateEditor.buttonTitle': 'Button {n}: {type}',
  'templateEditor.buttonType.QUICK_REPLY': 'Schnellantwort',
  'templateEditor.buttonType.URL': 'Website besuchen',
  'templateEditor.buttonType.PHONE_NUMBER': 'Telefonnummer anrufen',
  'templateEditor.buttonType.COPY_CODE': 'Angebotscode kopieren',
  'templateEditor.buttonType.OTP': 'Einmalpasswort',
  'templateEditor.buttonType.FLOW': 'Flow',
  'templateEditor.buttonType.MPM': 'Multi-Produkt-Nachricht',
  'templateEditor.buttonType.CATALOG': 'Katalog',
  'templateEditor.buttonType.SPM': 'Einzelprodukt-Nachricht',
  'templateEditor.buttonType.VOICE_CALL': 'Sprachanruf',
  'templateEditor.buttonField.text': 'Beschriftung',
  'templateEditor.buttonField.url': 'URL (darf auf {{1}} enden)',
  'templateEditor.buttonField.urlExample': 'Beispiel für {{1}} in der URL',
  'templateEditor.buttonField.phoneNumber': 'Telefonnummer mit Ländervorwahl',
  'templateEditor.buttonField.code': 'Beispiel-Angebotscode',
  'templateEditor.buttonKind': 'Button-Typ',
  'templateEditor.addButton': 'Button hinzufügen',
  'templateEditor.moveUp': '{item} nach oben verschieben',
  'templateEditor.moveDown': '{item} nach unten verschieben',
  'templateEditor.remove': '{item} entfernen',
  'templateEditor.removeShort': 'Entfernen',
  'templateEditor.authentication': 'Authentifizierung',
  'templateEditor.authenticationHint':
    'Den Text von Authentifizierungsvorlagen schreibt WhatsApp selbst; wählen Sie, wie der Code den Nutzer erreicht.',
  'templateEditor.otpType': 'Code-Übermittlung',
  'templateEditor.otp.COPY_CODE': 'Button „Code kopieren“',
  'templateEditor.otp.ONE_TAP': 'Automatisches Ausfüllen per One-Tap (Android)',
  'templateEditor.otp.ZERO_TAP': 'Zero-Tap (Android)',
  'templateEditor.autofillText': 'Beschriftung des Buttons zum automatischen Ausfüllen',
  'templateEditor.packageName': 'Android-Paketname',
  'templateEditor.signatureHash': 'Hash des App-Signaturschlüssels',
  'templateEditor.zeroTapTerms': 'Ich akzeptiere die Zero-Tap-Bedingungen von WhatsApp',
  'templateEditor.securityRecommendation':
    '„Aus Sicherheitsgründen solltest du diesen Code nicht weitergeben.“ hinzufügen',
  'templateEditor.codeExpiry': 'Code läuft ab nach (Minuten)',
  'templateEditor.codeExpiryHint':
    '1 bis 90 Minuten; leer lassen, um keinen Ablaufhinweis anzuzeigen.',
  'templateEditor.offer': 'Zeitlich begrenztes Angebot',
  'templateEditor.offerEnable': 'Zeitlich begrenztes Angebot anzeigen',
  'templateEditor.offerText': 'Überschrift des Angebots',
  'templateEditor.offerExpires': 'Das Angebot hat ein Ablaufdatum',
  'templateEditor.carousel': 'Karussell',
  'templateEditor.carouselEnable': 'Als Karussell mit Karten senden',
  'templateEditor.cardTitle': 'Karte {n}',
  'templateEditor.cardBody': 'Kartentext',
  'templateEditor.cardSample': 'Beispielwert für {variable}',
  'templateEditor.addCard': 'Karte hinzufügen',
  'templateEditor.preview': 'Vorschau',
  'templateEditor.wholeTemplate': 'Die Vorlage insgesamt',
  'templateEditor.summary': {
    one: '{count} Problem muss vor dem Einreichen behoben werden',
    other: '{count} Probleme müssen vor dem Einreichen behoben werden',
  },
  'templateEditor.warnings': {
    one: '{count} Vorschlag',
    other: '{count} Vorschläge',
  },
  'templateEditor.submit.create': 'Zur Prüfung einreichen',
  'templateEditor.submit.copy': 'Kopie zur Prüfung einreichen',
  'templateEditor.submit.add-language': 'Sprache zur Prüfung einreichen',
  'templateEditor.submit.edit': 'Änderungen speichern',
  'templateEditor.submitting': 'Wird eingereicht…',
  'templateEditor.submitFailed':
    'Die Vorlage wurde nicht eingereicht: {reason} Ihre Änderungen bleiben erhalten.',
  'templateEditor.conflict': 'In dieser Sprache gibt es bereits eine Vorlage mit diesem Namen.',
  'templateEditor.submitted': '„{name}“ ({language}) eingereicht.',
  'templateEditor.saved':
    '„{name}“ ({language}) gespeichert; WhatsApp prüft die Änderungen erneut.',
  'templateEditor.another': 'Weitere erstellen',
  'templateEditor.done': 'Fertig',
  'templateEditor.restoreTitle': 'Nicht gespeicherte Änderungen gefunden',
  'templateEditor.restoreBody':
    'Sie haben Änderungen von einem früheren Besuch, die nicht eingereicht wurden.',
  'templateEditor.restore': 'Wiederherstellen',
  'templateEditor.discard': 'Verwerfen',
  'templateEditor.restored': 'Ihre nicht gespeicherten Änderungen sind wieder im Formular.',
  'templateEditor.discarded':
    'Die nicht gespeicherten Änderungen von Ihrem früheren Besuch wurden verworfen.',
  'templateEditor.cancel': 'Abbrechen',
  'templateEditor.leaveTitle': 'Änderungen verwerfen?',
  'templateEditor.leaveBody': 'Ihre Änderungen an dieser Vorlage wurden nicht eingereicht.',
  'templateEditor.leave': 'Änderungen verwerfen',
  'templateEditor.stay': 'Weiter bearbeiten',
  'templateEditor.issue.request.not_object': 'Die Vorlage muss ein JSON-Objekt sein.',
  'templateEditor.issue.request.unreadable': 'Die Vorlage konnte nicht gelesen werden.',
  'templateEditor.issue.field.required': '{field} ist erforderlich.',
  'templateEditor.issue.field.wrong_type': '{field} hat nicht das Format, das WhatsApp erwartet.',
  'templateEditor.issue.name.too_long':
    'Der Name darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.name.invalid_characters':
    'Der Name darf nur Kleinbuchstaben a–z, Ziffern und Unterstriche enthalten.',
  'templateEditor.issue.language.unsupported': '„{language}“ ist kein unterstützter Sprachcode.',
  'templateEditor.issue.language.unsupported.suggestion':
    '„{language}“ ist kein unterstützter Sprachcode; verwenden Sie „{suggestion}“.',
  'templateEditor.issue.language.case': 'Geben Sie den Sprachcode genau als „{suggestion}“ an.',
  'templateEditor.issue.category.unsupported':
    '„{category}“ ist keine Kategorie; wählen Sie Marketing, Dienstprogramm oder Authentifizierung.',
  'templateEditor.issue.parameter_format.unsupported':
    '„{format}“ ist kein Variablenformat; verwenden Sie nummerierte oder benannte Variablen.',
  'templateEditor.issue.ttl.out_of_range':
    'Für Vorlagen der Kategorie „{category}“ muss die Gültigkeitsdauer {range} Sekunden betragen.',
  'templateEditor.issue.ttl.marketing_out_of_range':
    'Meta dokumentiert {range} Sekunden für Marketingvorlagen, die über die Marketing Messages API gesendet werden.',
  'templateEditor.issue.component.unknown_type': '„{type}“ ist kein Vorlagenabschnitt.',
  'templateEditor.issue.component.duplicate':
    'Eine Vorlage darf nur einen Abschnitt „{type}“ haben.',
  'templateEditor.issue.component.not_allowed':
    'Der Abschnitt „{type}“ ist bei {context} nicht verfügbar.',
  'templateEditor.issue.components.body_missing': 'Eine Vorlage braucht einen Textkörper.',
  'templateEditor.issue.components.order':
    'Ordnen Sie die Abschnitte in dieser Reihenfolge an: Kopfzeile, zeitlich begrenztes Angebot, Textkörper, Fußzeile, Buttons.',
  'templateEditor.issue.carousel.top_level_component':
    'Meta dokumentiert keinen Abschnitt „{type}“ neben einem Karussell; die Vorlage wird möglicherweise abgelehnt.',
  'templateEditor.issue.header.format_unsupported': '„{format}“ ist kein Kopfzeilentyp.',
  'templateEditor.issue.header.format_not_allowed':
    'Dieser Kopfzeilentyp ({format}) ist bei {context} nicht verfügbar.',
  'templateEditor.issue.header.too_long':
    'Die Kopfzeile darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.header.too_many_variables': {
    one: 'Die Kopfzeile darf höchstens {count} Variable enthalten.',
    other: 'Die Kopfzeile darf höchstens {count} Variablen enthalten.',
  },
  'templateEditor.issue.header.formatting_characters':
    'Kopfzeilen werden ohne Formatierung angezeigt; vermeiden Sie *, _, ~ und ` im Kopfzeilentext.',
  'templateEditor.issue.header.newline':
    'Zeilenumbrüche in der Kopfzeile werden von WhatsApp nicht unterstützt.',
  'templateEditor.issue.header.emoji': 'Emojis in der Kopfzeile können zur Ablehnung führen.',
  'templateEditor.issue.header.media_example_missing':
    'Diese Kopfzeile braucht eine Beispieldatei: Geben Sie deren Medien-Handle ein.',
  'templateEditor.issue.body.too_long':
    'Im Abschnitt „{part}“ sind höchstens {max} Zeichen erlaubt (aktuell {length}).',
  'templateEditor.issue.body.too_long.examples':
    'Im Abschnitt „{part}“ sind höchstens {max} Zeichen erlaubt (mit den Beispielwerten aktuell {length}).',
  'templateEditor.issue.text.too_long_with_examples':
    'Mit den Beispielwerten hat der Abschnitt „{part}“ {length} Zeichen; Nachrichten mit mehr als {max} Zeichen können nicht gesendet werden.',
  'templateEditor.issue.authentication.custom_text':
    'Authentifizierungsvorlagen verwenden den von WhatsApp vorgegebenen Text; entfernen Sie den eigenen Text.',
  'templateEditor.issue.footer.too_long':
    'Die Fußzeile darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.footer.variable': 'Die Fußzeile darf keine Variablen enthalten.',
  'templateEditor.issue.footer.code_expiration_range':
    'Die Ablaufzeit des Codes muss eine ganze Zahl von {min} bis {max} Minuten sein.',
  'templateEditor.issue.variable.malformed':
    '„{token}“ ist keine korrekt geschriebene Variable; schreiben Sie Variablen als {{1}} oder {{first_name}}.',
  'templateEditor.issue.variable.invalid_name':
    '„{token}“ ist keine gültige Variable; verwenden Sie eine Zahl, z. B. {{1}}.',
  'templateEditor.issue.variable.invalid_name.named':
    '„{token}“ ist keine gültige Variable; verwenden Sie Kleinbuchstaben und Unterstriche, z. B. {{first_name}}.',
  'templateEditor.issue.variable.name_digits':
    'Meta dokumentiert Variablennamen nur mit Buchstaben und Unterstrichen; „{token}“ enthält Ziffern.',
  'templateEditor.issue.variable.format_mismatch':
    'Diese Vorlage verwendet nummerierte Variablen; ersetzen Sie „{token}“ durch eine Zahl wie {{1}}.',
  'templateEditor.issue.variable.format_mismatch.named':
    'Diese Vorlage verwendet benannte Variablen; ersetzen Sie „{token}“ durch einen Namen wie {{first_name}}.',
  'templateEditor.issue.variable.sequence':
    'Variablen müssen lückenlos nummeriert sein; {{{missing}}} fehlt.',
  'templateEditor.issue.variable.sequence.zero':
    'Variablen werden ab {{1}} nummeriert; {{0}} ist nicht zulässig.',
  'templateEditor.issue.variable.leading_zero': 'Schreiben Sie „{token}“ ohne führende Null.',
  'templateEditor.issue.variable.out_of_order':
    '{{{number}}} steht vor einer Variablen mit niedrigerer Nummer.',
  'templateEditor.issue.variable.repeated': '„{token}“ kommt mehrmals vor.',
  'templateEditor.issue.variable.adjacent':
    'Zwei Variablen stehen direkt nebeneinander; setzen Sie Text oder Satzzeichen dazwischen.',
  'templateEditor.issue.variable.dangling.start':
    'Der Text darf nicht mit einer Variablen beginnen.',
  'templateEditor.issue.variable.dangling.end': 'Der Text darf nicht mit einer Variablen enden.',
  'templateEditor.issue.variable.ends_with_punctuation':
    'Der Text endet mit einer Variablen, auf die nur Satzzeichen folgen; das wird manchmal abgelehnt.',
  'templateEditor.issue.variable.too_many_for_length':
    '{variables} Variablen brauchen mindestens {needed} weitere Wörter um sich herum; vorhanden sind {words}.',
  'templateEditor.issue.example.missing': 'Fügen Sie Beispielwerte für die Variablen hinzu.',
  'templateEditor.issue.example.missing.one': 'Fügen Sie einen Beispielwert für {{{name}}} hinzu.',
  'templateEditor.issue.example.count_mismatch':
    'Es gibt {variables} Variablen, aber {examples} Beispielwerte.',
  'templateEditor.issue.example.unknown_name':
    'Das Beispiel „{name}“ passt zu keiner Variablen im Text.',
  'templateEditor.issue.example.duplicate_name': 'Das Beispiel „{name}“ ist mehrfach angegeben.',
  'templateEditor.issue.example.empty': 'Beispielwerte dürfen nicht leer sein.',
  'templateEditor.issue.example.unused':
    'Dieses Beispiel wird nicht verwendet, da der Text keine Variable enthält.',
  'templateEditor.issue.buttons.empty':
    'Fügen Sie mindestens einen Button hinzu oder entfernen Sie die Buttons.',
  'templateEditor.issue.buttons.too_many': 'Eine Vorlage darf höchstens {max} Buttons haben.',
  'templateEditor.issue.buttons.too_many.card': 'Eine Karte darf höchstens {max} Buttons haben.',
  'templateEditor.issue.buttons.type_limit': {
    one: 'Eine Vorlage darf nur einen Button vom Typ „{type}“ haben.',
    other: 'Eine Vorlage darf höchstens {count} Buttons vom Typ „{type}“ haben.',
  },
  'templateEditor.issue.buttons.grouping':
    'Halten Sie alle Schnellantwort-Buttons zusammen, vor oder nach den anderen Buttons.',
  'templateEditor.issue.buttons.single_of_kind':
    'Es wird nur ein Button vom Typ „{type}“ erwartet.',
  'templateEditor.issue.button.unknown_type': '„{type}“ ist kein Button-Typ.',
  'templateEditor.issue.button.type_not_allowed':
    'Ein Button vom Typ „{type}“ ist bei {context} nicht verfügbar.',
  'templateEditor.issue.button.type_not_listed':
    'Meta führt Buttons vom Typ „{type}“ für {context} nicht auf; die Vorlage wird möglicherweise abgelehnt.',
  'templateEditor.issue.button.label_too_long':
    'Der Button-Text darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.button.label_ignored':
    'WhatsApp legt die Beschriftung dieses Buttons selbst fest; Ihr Text wird ignoriert.',
  'templateEditor.issue.button.url_too_long':
    'Die URL darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.button.url_variables': {
    one: 'Eine URL darf höchstens {count} Variable enthalten.',
    other: 'Eine URL darf höchstens {count} Variablen enthalten.',
  },
  'templateEditor.issue.button.url_variable_position': 'Die Variable muss am Ende der URL stehen.',
  'templateEditor.issue.button.url_variable_name': 'Schreiben Sie die URL-Variable als {{1}}.',
  'templateEditor.issue.button.url_whatsapp':
    'Links zu WhatsApp selbst (wa.me) werden Berichten zufolge abgelehnt.',
  'templateEditor.issue.button.phone_too_long':
    'Die Telefonnummer darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.button.copy_code_too_long':
    'Der Beispielcode darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.button.flow_target_missing':
    'Ein Flow-Button braucht eine Flow-ID, einen Flow-Namen oder Flow-JSON.',
  'templateEditor.issue.otp.count':
    'Authentifizierungsvorlagen brauchen genau einen Einmalpasswort-Button.',
  'templateEditor.issue.otp.type_unsupported':
    '„{otpType}“ ist keine Möglichkeit, den Code zu übermitteln; wählen Sie „Code kopieren“, One-Tap oder Zero-Tap.',
  'templateEditor.issue.otp.autofill_too_long':
    'Der Text zum automatischen Ausfüllen darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.otp.supported_apps_missing':
    'One-Tap- und Zero-Tap-Buttons brauchen die Android-App: ihren Paketnamen und den Hash ihres Signaturschlüssels.',
  'templateEditor.issue.otp.supported_apps_too_many': 'Geben Sie höchstens {max} Apps an.',
  'templateEditor.issue.otp.package_name_invalid':
    'Der Paketname muss aus mindestens zwei durch Punkte getrennten Teilen bestehen, die jeweils mit einem Buchstaben beginnen und nur Buchstaben, Ziffern und Unterstriche enthalten; insgesamt höchstens {max} Zeichen.',
  'templateEditor.issue.otp.signature_hash_invalid':
    'Der Hash des Signaturschlüssels muss aus genau {length} Zeichen bestehen: Buchstaben, Ziffern, +, / oder =.',
  'templateEditor.issue.otp.deprecated_app_fields':
    'Paketname und Signatur-Hash am Button sind veraltet; geben Sie die App unter den unterstützten Apps an.',
  'templateEditor.issue.otp.zero_tap_terms':
    'Für Zero-Tap-Buttons müssen die Zero-Tap-Bedingungen von WhatsApp akzeptiert werden.',
  'templateEditor.issue.carousel.card_count': 'Ein Karussell braucht {min} bis {max} Karten.',
  'templateEditor.issue.carousel.card_header_missing':
    'Jede Karte braucht eine Kopfzeile mit Bild oder Video.',
  'templateEditor.issue.carousel.card_component': 'Karten dürfen keinen Abschnitt „{type}“ haben.',
  'templateEditor.issue.carousel.cards_differ':
    'Alle Karten müssen dieselben Abschnitte und dieselben Button-Typen haben.',
  'templateEditor.issue.carousel.mixed_media':
    'Das Mischen von Bild- und Videokarten kann zur Ablehnung führen.',
  'templateEditor.issue.limited_time_offer.text_too_long':
    'Der Angebotstext darf höchstens {max} Zeichen haben (aktuell {length}).',
  'templateEditor.issue.limited_time_offer.url_button_missing':
    'Ein zeitlich begrenztes Angebot braucht einen Button „Website besuchen“.',
  'templateEditor.issueContext.AUTHENTICATION': 'Authentifizierungsvorlagen',
  'templateEditor.issueContext.MARKETING': 'Marketingvorlagen',
  'templateEditor.issueContext.UTILITY': 'Dienstprogramm-Vorlagen',
  'templateEditor.issueContext.limited_time_offer': 'Vorlagen mit zeitlich begrenztem Angebot',
  'templateEditor.issueContext.carousel_card': 'Karussellkarten',
  'templateEditor.issuePart.header': 'Kopfzeile',
  'templateEditor.issuePart.body': 'Textkörper',
  'templateEditor.issuePart.card_body': 'Kartentext',
  'templateEditor.issueSection.HEADER': 'Kopfzeile',
  'templateEditor.issueSection.BODY': 'Textkörper',
  'templateEditor.issueSection.FOOTER': 'Fußzeile',
  'templateEditor.issueSection.BUTTONS': 'Buttons',
  'templateEditor.issueSection.CAROUSEL': 'Karussell',
  'templateEditor.issueSection.LIMITED_TIME_OFFER': 'Zeitlich begrenztes Angebot',
  'templateEditor.issueField.name': 'Der Vorlagenname',
  'templateEditor.issueField.language': 'Die Sprache',
  'templateEditor.issueField.category': 'Die Kategorie',
  'templateEditor.issueField.parameter_format': 'Das Variablenformat',
  'templateEditor.issueField.message_send_ttl_seconds': 'Die Gültigkeitsdauer (TTL)',
  'templateEditor.issueField.components': 'Die Liste der Abschnitte',
  'templateEditor.issueField.type': 'Der Typ',
  'templateEditor.issueField.format': 'Der Kopfzeilentyp',
  'templateEditor.issueField.text': 'Der Text',
  'templateEditor.issueField.example': 'Das Beispiel',
  'templateEditor.issueField.header_text': 'Das Kopfzeilenbeispiel',
  'templateEditor.issueField.header_handle': 'Die Beispieldatei',
  'templateEditor.issueField.body_text': 'Die Liste der Beispielwerte für den Textkörper',
  'templateEditor.issueField.buttons': 'Die Liste der Buttons',
  'templateEditor.issueField.url': 'Die URL',
  'templateEditor.issueField.phone_number': 'Die Telefonnummer',
  'templateEditor.issueField.otp_type': 'Die Code-Übermittlung',
  'templateEditor.issueField.autofill_text': 'Der Text zum automatischen Ausfüllen',
  'templateEditor.issueField.supported_apps': 'Die Liste der Apps',
  'templateEditor.issueField.package_name': 'Der Paketname',
  'templateEditor.issueField.signature_hash': 'Der Hash des Signaturschlüssels',
  'templateEditor.issueField.code_expiration_minutes': 'Die Ablaufzeit des Codes',
  'templateEditor.issueField.cards': 'Die Liste der Karten',
  'templateEditor.issueField.limited_time_offer': 'Das Angebot',
  'templateEditor.issueField.entry': 'Ein Eintrag',
  'templateList.title': 'Nachrichtenvorlagen',
  'templateList.noWaba':
    'Setzen Sie das Attribut waba-account-id, um die Vorlagen eines Kontos anzuzeigen.',
  'templateList.loading': 'Vorlagen werden geladen…',
  'templateList.empty': 'Noch keine Vorlagen',
  'templateList.emptyHint':
    'Vorlagen sind die Nachrichten, mit denen ein Unternehmen eine Unterhaltung beginnen kann. Erstellen Sie eine Vorlage, um sie zur Prüfung einzureichen.',
  'templateList.noMatches': 'Keine Vorlagen entsprechen diesen Filtern',
  'templateList.clearFilters': 'Filter zurücksetzen',
  'templateList.search': 'Vorlagen durchsuchen',
  'templateList.searchPlaceholder': 'Name, Sprache oder Text',
  'templateList.status': 'Status',
  'templateList.category': 'Kategorie',
  'templateList.language': 'Sprache',
  'templateList.sort': 'Sortieren nach',
  'templateList.sort.name': 'Name',
  'templateList.sort.updated': 'Letzte Aktualisierung',
  'templateList.sort.status': 'Handlungsbedarf',
  'templateList.sort.category': 'Kategorie',
  'templateList.create': 'Neue Vorlage',
  'templateList.sync': 'Synchronisieren',
  'templateList.syncing': 'Wird synchronisiert…',
  'templateList.synced': 'Vorlagen mit WhatsApp synchronisiert.',
  'templateList.syncFailed': 'Synchronisierung fehlgeschlagen: {reason}',
  'templateList.results': {
    one: '{count} Vorlage',
    other: '{count} Vorlagen',
  },
  'templateList.skipped': {
    one: '{count} Vorlage konnte nicht angezeigt werden: Der Hub hat sie in einem Format gesendet, das diese Version nicht lesen kann.',
    other:
      '{count} Vorlagen konnten nicht angezeigt werden: Der Hub hat sie in einem Format gesendet, das diese Version nicht lesen kann.',
  },
  'templateList.column.name': 'Vorlage',
  'templateList.column.category': 'Kategorie',
  'templateList.column.language': 'Sprache',
  'templateList.column.status': 'Status',
  'templateList.column.updated': 'Letzte Aktualisierung',
  'templateList.column.actions': 'Aktionen',
  'templateList.languages': {
    one: '{count} Sprache',
    other: '{count} Sprachen',
  },
  'templateList.liveStatus': '{name} ({language}) hat jetzt den Status „{status}“.',
  'templateList.liveUpdated': '{name} ({language}) wurde aktualisiert.',
  'templateList.rejectedReason': 'Grund: {reason}',
  'templateList.quality': 'Qualität: {quality}',
  'templateList.action.view': 'Ansehen',
  'templateList.action.edit': 'Bearbeiten',
  'templateList.action.copy': 'Kopieren',
  'templateList.action.add-language': 'Sprache hinzufügen',
  'templateList.action.delete': 'Löschen',
  'templateList.actionLabel': '{action}: {name} ({language})',
  'templateList.deleteLabel': '{name} löschen (alle Sprachen)',
  'templateList.readOnly':
    'Sie können diese Vorlagen ansehen; zum Ändern ist die Berechtigung templates:write erforderlich.',
  'templateList.deleteTitle': '„{name}“ löschen?',
  'templateList.deleteBody': {
    one: 'Die Vorlage wird in ihrer einzigen Sprache gelöscht. Dies kann nicht rückgängig gemacht werden.',
    other:
      'Die Vorlage wird in allen {count} Sprachen gelöscht. Dies kann nicht rückgängig gemacht werden.',
  },
  'templateList.deleteApproved':
    'Sie war genehmigt, daher kann ihr Name 30 Tage lang nicht für eine neue Vorlage verwendet werden.',
  'templateList.deleteConfirm': 'Vorlage löschen',
  'templateList.deleting': 'Wird gelöscht…',
  'templateList.deleted': 'Vorlage „{name}“ gelöscht.',
  'templateList.deleteFailed': 'Die Vorlage wurde nicht gelöscht: {reason}',
  'templateList.category.MARKETING': 'Marketing',
  'templateList.category.UTILITY': 'Dienstprogramm',
  'templateList.category.AUTHENTICATION': 'Authentifizierung',
  'templateList.status.CREATED': 'Entwurf',
  'templateList.status.SUBMITTED': 'Eingereicht',
  'templateList.status.PENDING': 'In Prüfung',
  'templateList.status.APPROVED': 'Aktiv',
  'templateList.status.REJECTED': 'Abgelehnt',
  'templateList.status.PAUSED': 'Pausiert',
  'templateList.status.DISABLED': 'Deaktiviert',
  'templateList.status.IN_APPEAL': 'Einspruch eingelegt',
  'templateList.status.PENDING_DELETION': 'Wird gelöscht',
  'templateList.status.DELETED': 'Gelöscht',
  'templateList.status.ARCHIVED': 'Archiviert',
  'templateList.status.UNARCHIVED': 'Aus Archiv geholt',
  'templateList.status.FLAGGED': 'Markiert',
  'templateList.status.LIMIT_EXCEEDED': 'Limit erreicht',
  'templateList.status.LOCKED': 'Gesperrt',
  'templateList.status.REINSTATED': 'Wiederhergestellt',
  'templateList.statusHelp.CREATED':
    'Im Hub gespeichert, aber noch nicht zur Prüfung an WhatsApp übermittelt; sie kann hier nicht bearbeitet werden.',
  'templateList.statusHelp.SUBMITTED':
    'An WhatsApp gesendet; sie kann erst nach Abschluss der Prüfung bearbeitet werden.',
  'templateList.statusHelp.PENDING':
    'WhatsApp prüft sie (bis zu 24 Stunden); nach Abschluss der Prüfung kann sie bearbeitet werden.',
  'templateList.statusHelp.APPROVED':
    'Sie kann gesendet werden. Bearbeitungen sind auf 10 pro 30 Tage und eine pro 24 Stunden begrenzt, die Kategorie kann nicht geändert werden, und jede Bearbeitung wird erneut geprüft. Wird sie gelöscht, ist ihr Name 30 Tage lang gesperrt.',
  'templateList.statusHelp.REJECTED':
    'Sie hat die Prüfung nicht bestanden. Bearbeiten Sie sie und reichen Sie sie beliebig oft erneut ein, oder legen Sie mit einem Beispiel Einspruch gegen die Entscheidung ein (Antwort innerhalb von 24 Stunden).',
  'templateList.statusHelp.PAUSED':
    'Nach niedrigen Qualitätsbewertungen pausiert; sie kann erst nach Ende der Pause gesendet werden. Durch eine Bearbeitung wird sie erneut zur Prüfung eingereicht.',
  'templateList.statusHelp.DISABLED':
    'Nach wiederholt niedriger Qualität deaktiviert. Sie kann weder gesendet noch gelöscht werden; bearbeiten Sie sie und reichen Sie sie erneut zur Prüfung ein.',
  'templateList.statusHelp.IN_APPEAL':
    'Über einen Einspruch wird entschieden (innerhalb von 24 Stunden); warten Sie das Ergebnis ab, bevor Sie sie bearbeiten.',
  'templateList.statusHelp.PENDING_DELETION':
    'Gelöscht, während noch Nachrichten zugestellt wurden; WhatsApp stellt diese noch bis zu 30 Tage lang zu.',
  'templateList.statusHelp.DELETED':
    'Gelöscht. Der Name einer genehmigten Vorlage ist 30 Tage lang gesperrt.',
  'templateList.statusHelp.ARCHIVED':
    'Nach 12 Monaten ohne Aktivität archiviert und 28 Tage später gelöscht, sofern sie nicht im WhatsApp Manager aus dem Archiv geholt wird.',
  'templateList.statusHelp.UNARCHIVED':
    'Aus dem Archiv geholt; sie erhält wieder ihren vorherigen Status.',
  'templateList.statusHelp.FLAGGED':
    'Nutzer haben negatives Feedback gegeben, und sie wird möglicherweise deaktiviert; verbessern Sie den Inhalt, um das zu vermeiden.',
  'templateList.statusHelp.LIMIT_EXCEEDED':
    'Das Konto hat sein Vorlagenlimit erreicht; löschen Sie Vorlagen, um Platz zu schaffen.',
  'templateList.statusHelp.LOCKED': 'Von WhatsApp gesperrt; sie kann nicht bearbeitet werden.',
  'templateList.statusHelp.REINSTATED':
    'Nicht mehr markiert oder deaktiviert; sie ist wieder aktiv.',
  'templateList.statusHelp.unknown':
    'Diese Version kennt diesen Status nicht; der Hub entscheidet, was mit der Vorlage möglich ist.',
  'templatePreview.label': 'Vorschau der Nachricht, wie WhatsApp sie anzeigt',
  'templatePreview.empty': 'Noch keine Vorschau',
  'templatePreview.emptyHint': 'Die Nachricht erscheint hier, während Sie sie schreiben.',
  'templatePreview.image': 'Bild',
  'templatePreview.video': 'Video',
  'templatePreview.document': 'Dokument',
  'templatePreview.gif': 'GIF',
  'templatePreview.location': 'Standort',
  'templatePreview.offerExpires': 'Angebot endet bald',
  'templatePreview.phoneOnly': 'WhatsApp zeigt diese Nachricht nur auf Smartphones an.',
  'templatePreview.buttons': 'Buttons',
  'templatePreview.cards': 'Karussellkarten',
  'templatePreview.card': 'Karte {n} von {count}',
  'templatePreview.verificationCode': '*{code}* ist dein Verifizierungscode.',
  'templatePreview.securityRecommendation':
    'Aus Sicherheitsgründen solltest du diesen Code nicht weitergeben.',
  'templatePreview.codeExpiry': {
    one: 'Dieser Code läuft in {count} Minute ab.',
    other: 'Dieser Code läuft in {count} Minuten ab.',
  },
  'templatePreview.copyCode': 'Code kopieren',
  'templatePreview.autofill': 'Automatisch ausfüllen',
  'templatePreview.copyOfferCode': 'Angebotscode kopieren',
  'templatePreview.seeAllOptions': 'Alle Optionen ansehen',
};
