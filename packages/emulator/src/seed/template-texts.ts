/**
 * Template copy per language family (`en` serves en_US and en_GB, `es` serves es and es_MX),
 * written like real partner templates: WhatsApp formatting, positional variables, emoji.
 */
export interface TemplateText {
  header?: string;
  body: string;
  footer?: string;
  buttons?: string[];
}

type Family = 'en' | 'de' | 'it' | 'es' | 'pt' | 'fr' | 'ar' | 'nl';

export const TEMPLATE_TEXTS: Record<string, Record<Family, TemplateText>> = {
  order_confirmation: {
    en: {
      body: 'Hi {{1}}, thanks for your order *#{{2}}*! We will let you know as soon as it ships.',
      footer: 'Questions? Just reply to this message.',
    },
    de: {
      body: 'Hallo {{1}}, danke für deine Bestellung *#{{2}}*! Wir melden uns, sobald sie versendet wird.',
      footer: 'Fragen? Antworte einfach auf diese Nachricht.',
    },
    it: {
      body: 'Ciao {{1}}, grazie per il tuo ordine *#{{2}}*! Ti avviseremo appena verrà spedito.',
      footer: 'Domande? Rispondi a questo messaggio.',
    },
    es: {
      body: 'Hola {{1}}, ¡gracias por tu pedido *#{{2}}*! Te avisaremos en cuanto salga.',
      footer: '¿Dudas? Responde a este mensaje.',
    },
    pt: {
      body: 'Olá {{1}}, obrigado pelo seu pedido *#{{2}}*! Avisaremos assim que for enviado.',
      footer: 'Dúvidas? É só responder esta mensagem.',
    },
    fr: {
      body: 'Bonjour {{1}}, merci pour votre commande *n° {{2}}* ! Nous vous préviendrons dès son expédition.',
      footer: 'Une question ? Répondez à ce message.',
    },
    ar: {
      body: 'مرحباً {{1}}، شكراً لطلبك *#{{2}}*! سنخبرك فور شحنه.',
      footer: 'لديك سؤال؟ رد على هذه الرسالة.',
    },
    nl: {
      body: 'Hoi {{1}}, bedankt voor je bestelling *#{{2}}*! We laten het je weten zodra hij verzonden is.',
      footer: 'Vragen? Reageer gewoon op dit bericht.',
    },
  },
  appointment_reminder: {
    en: {
      header: 'Appointment reminder',
      body: 'Hello {{1}}, this is a reminder of your appointment on *{{2}}* at {{3}}. Please confirm below or pick a new time.',
      buttons: ['Confirm', 'Reschedule'],
    },
    de: {
      header: 'Terminerinnerung',
      body: 'Hallo {{1}}, wir erinnern dich an deinen Termin am *{{2}}* um {{3}} Uhr. Bitte bestätige unten oder wähle einen neuen Termin.',
      buttons: ['Bestätigen', 'Verschieben'],
    },
    it: {
      header: 'Promemoria appuntamento',
      body: 'Ciao {{1}}, ti ricordiamo il tuo appuntamento del *{{2}}* alle {{3}}. Conferma qui sotto o scegli un altro orario.',
      buttons: ['Confermo', 'Sposta'],
    },
    es: {
      header: 'Recordatorio de cita',
      body: 'Hola {{1}}, te recordamos tu cita del *{{2}}* a las {{3}}. Confírmala abajo o elige otro horario.',
      buttons: ['Confirmar', 'Cambiar'],
    },
    pt: {
      header: 'Lembrete de visita',
      body: 'Olá {{1}}, lembramos da sua visita em *{{2}}* às {{3}}. Confirme abaixo ou escolha outro horário.',
      buttons: ['Confirmar', 'Remarcar'],
    },
    fr: {
      header: 'Rappel de rendez-vous',
      body: 'Bonjour {{1}}, nous vous rappelons votre rendez-vous du *{{2}}* à {{3}}. Confirmez ci-dessous ou choisissez un autre créneau.',
      buttons: ['Confirmer', 'Décaler'],
    },
    ar: {
      header: 'تذكير بالموعد',
      body: 'مرحباً {{1}}، نذكرك بموعدك يوم *{{2}}* الساعة {{3}}. يرجى التأكيد أدناه أو اختيار وقت آخر.',
      buttons: ['تأكيد', 'تغيير الموعد'],
    },
    nl: {
      header: 'Herinnering afspraak',
      body: 'Hallo {{1}}, een herinnering aan je afspraak op *{{2}}* om {{3}}. Bevestig hieronder of kies een ander tijdstip.',
      buttons: ['Bevestigen', 'Verzetten'],
    },
  },
  seasonal_offer: {
    en: {
      body: 'Hi {{1}}! Our _summer sale_ is on: get *{{2}} off* everything until Sunday ☀️ Tap below to shop now.',
      footer: 'Reply STOP to unsubscribe',
      buttons: ['Shop now'],
    },
    de: {
      body: 'Hallo {{1}}! Unser _Sommer-Sale_ läuft: *{{2}} Rabatt* auf alles bis Sonntag ☀️ Jetzt unten tippen und shoppen.',
      footer: 'Antworte STOP zum Abbestellen',
      buttons: ['Jetzt shoppen'],
    },
    it: {
      body: 'Ciao {{1}}! Sono iniziati i _saldi estivi_: *{{2}} di sconto* su tutto fino a domenica ☀️ Tocca qui sotto per approfittarne.',
      footer: 'Rispondi STOP per non ricevere più messaggi',
      buttons: ['Scopri le offerte'],
    },
    es: {
      body: '¡Hola {{1}}! Llegaron las _rebajas de verano_: *{{2}} de descuento* en todo hasta el domingo ☀️ Toca abajo para comprar.',
      footer: 'Responde STOP para darte de baja',
      buttons: ['Comprar ahora'],
    },
    pt: {
      body: 'Oi {{1}}! Nossa _liquidação de verão_ começou: *{{2}} de desconto* em tudo até domingo ☀️ Toque abaixo para aproveitar.',
      footer: 'Responda SAIR para não receber mais',
      buttons: ['Comprar agora'],
    },
    fr: {
      body: 'Bonjour {{1}} ! Nos _soldes d’été_ sont lancés : *{{2}} de remise* sur tout jusqu’à dimanche ☀️ Touchez ci-dessous pour en profiter.',
      footer: 'Répondez STOP pour vous désabonner',
      buttons: ['J’en profite'],
    },
    ar: {
      body: 'مرحباً {{1}}! بدأت _تخفيضات الصيف_: خصم *{{2}}* على كل شيء حتى الأحد ☀️ اضغط أدناه للتسوق.',
      footer: 'أرسل STOP لإلغاء الاشتراك',
      buttons: ['تسوق الآن'],
    },
    nl: {
      body: 'Hoi {{1}}! Onze _zomersale_ is begonnen: *{{2}} korting* op alles tot zondag ☀️ Tik hieronder om te shoppen.',
      footer: 'Antwoord STOP om je af te melden',
      buttons: ['Nu shoppen'],
    },
  },
  delivery_update: {
    en: {
      body: 'Good news, {{1}}! Your parcel is on its way and should arrive on *{{2}}*. Track it with the button below.',
      buttons: ['Track parcel'],
    },
    de: {
      body: 'Gute Nachrichten, {{1}}! Dein Paket ist unterwegs und kommt voraussichtlich am *{{2}}* an. Verfolge es über den Button unten.',
      buttons: ['Sendung verfolgen'],
    },
    it: {
      body: 'Buone notizie, {{1}}! Il tuo pacco è in viaggio e dovrebbe arrivare il *{{2}}*. Seguilo con il pulsante qui sotto.',
      buttons: ['Traccia il pacco'],
    },
    es: {
      body: '¡Buenas noticias, {{1}}! Tu paquete va en camino y llegará el *{{2}}*. Síguelo con el botón de abajo.',
      buttons: ['Seguir envío'],
    },
    pt: {
      body: 'Boa notícia, {{1}}! Sua encomenda está a caminho e deve chegar em *{{2}}*. Acompanhe pelo botão abaixo.',
      buttons: ['Rastrear pedido'],
    },
    fr: {
      body: 'Bonne nouvelle, {{1}} ! Votre colis est en route et devrait arriver le *{{2}}*. Suivez-le avec le bouton ci-dessous.',
      buttons: ['Suivre le colis'],
    },
    ar: {
      body: 'أخبار سارة يا {{1}}! طردك في الطريق ومن المتوقع وصوله يوم *{{2}}*. تابعه عبر الزر أدناه.',
      buttons: ['تتبع الشحنة'],
    },
    nl: {
      body: 'Goed nieuws, {{1}}! Je pakket is onderweg en komt naar verwachting op *{{2}}* aan. Volg het via de knop hieronder.',
      buttons: ['Volg pakket'],
    },
  },
  feedback_request: {
    en: {
      body: 'Thanks for choosing us, {{1}}! How was your experience today? Your feedback helps us improve.',
      buttons: ['👍 Great', '👎 Not good'],
    },
    de: {
      body: 'Danke, dass du uns gewählt hast, {{1}}! Wie war dein Erlebnis heute? Dein Feedback hilft uns, besser zu werden.',
      buttons: ['👍 Super', '👎 Nicht gut'],
    },
    it: {
      body: 'Grazie per averci scelto, {{1}}! Com’è andata oggi? Il tuo parere ci aiuta a migliorare.',
      buttons: ['👍 Ottimo', '👎 Così così'],
    },
    es: {
      body: '¡Gracias por elegirnos, {{1}}! ¿Qué tal tu experiencia hoy? Tu opinión nos ayuda a mejorar.',
      buttons: ['👍 Genial', '👎 Mejorable'],
    },
    pt: {
      body: 'Obrigado por nos escolher, {{1}}! Como foi sua experiência hoje? Sua opinião nos ajuda a melhorar.',
      buttons: ['👍 Ótima', '👎 Ruim'],
    },
    fr: {
      body: 'Merci de nous avoir choisis, {{1}} ! Comment s’est passée votre expérience ? Votre avis nous aide à progresser.',
      buttons: ['👍 Super', '👎 Bof'],
    },
    ar: {
      body: 'شكراً لاختيارك لنا يا {{1}}! كيف كانت تجربتك اليوم؟ رأيك يساعدنا على التحسن.',
      buttons: ['👍 ممتازة', '👎 سيئة'],
    },
    nl: {
      body: 'Bedankt voor je keuze, {{1}}! Hoe was je ervaring vandaag? Jouw feedback helpt ons beter te worden.',
      buttons: ['👍 Top', '👎 Matig'],
    },
  },
};

/** Example values for the variables of each template, in order. */
export const TEMPLATE_EXAMPLES: Record<string, { body: string[]; url?: string }> = {
  order_confirmation: { body: ['Anna', '48213'] },
  appointment_reminder: { body: ['Anna', '14 March', '10:30'] },
  seasonal_offer: { body: ['Anna', '20%'], url: 'https://{domain}/sale' },
  delivery_update: { body: ['Anna', '14 March'], url: 'https://{domain}/track/{{1}}' },
  feedback_request: { body: ['Anna'] },
};

/** The text family of a Meta language code. */
export function familyOf(language: string): Family {
  const family = language.split('_')[0];
  return family === 'pt' ||
    family === 'de' ||
    family === 'it' ||
    family === 'es' ||
    family === 'fr' ||
    family === 'ar' ||
    family === 'nl'
    ? family
    : 'en';
}
