import type { ParityPhrases } from '../parity-types.js';

export const parity: ParityPhrases = {
  lang: 'fi',
  numbers: [
    [2, ['kaksi', 'kahden', 'kahta', 'kahdeksi', 'kahtena']],
    [3, ['kolme', 'kolmen', 'kolmea', 'kolmeksi']],
    [4, ['neljä', 'neljän', 'neljää', 'neljäksi']],
    [5, ['viisi', 'viiden', 'viittä', 'viideksi']],
    [6, ['kuusi', 'kuuden', 'kuutta', 'kuudeksi']],
    [7, ['seitsemän', 'seitsemää', 'seitsemäksi']],
    [8, ['kahdeksan', 'kahdeksaa', 'kahdeksaksi']],
    [9, ['yhdeksän', 'yhdeksää', 'yhdeksäksi']],
    [10, ['kymmenen', 'kymmentä', 'kymmeneksi']],
    [12, ['kaksitoista', 'kahdentoista', 'kahtatoista']],
    [30, ['kolmekymmentä', 'kolmenkymmenen']],
  ],
  units: [
    ['hour', ['tunti', 'tuntia', 'tunnin', 'tunneiksi', 'tuntien']],
    ['day', ['päivä*', 'vuorokau*', 'vrk']],
    ['week', ['viikko*', 'viikon', 'viikoksi', 'viikoissa']],
    ['month', ['kuukau*', 'kk']],
    ['year', ['vuosi', 'vuotta', 'vuoden', 'vuodeksi', 'vuodessa', 'vuosien', 'vuosiksi', 'vuotia*', 'vuotis*']],
  ],
  agesBefore: [],
  articlesBefore: ['artiklan', 'artiklassa', 'artikla'],
  articlesAfter: ['artikla*', 'art.'],
  articleParts: ['kohda*', 'kohta*', 'alakohd*', 'alakohta*', 'momentti*', 'momenti*'],
  mechanisms: [
    ['adequacy', ['Data Privacy Framework', 'tietosuojakehy*', 'riittävyyspäätö*', 'tietosuojan riittävyy*', 'riittävän tietosuojan tason']],
    ['standard-contractual-clauses', ['vakiosopimuslausek*', 'mallisopimuslausek*', 'vakiolausek*', 'tietosuojalausek*']],
    ['binding-corporate-rules', ['yritystä koskevat sitovat säännöt', 'yritystä koskevi* sitovi* sääntö*', 'sitovat yrityssäännöt', 'sitovi* yrityssään*']],
  ],
};
