import type { CommonPhrases } from '../types.js';

export const common: CommonPhrases = {
  lang: 'fi',
  furniture: ['valitse sivu', 'siirry sisältöön', 'takaisin ylös', 'sivun alkuun', 'hyppää sisältöön', 'avaa valikko', 'sulje valikko', 'jaa sivu'],
  placeholderWords: ['s-postiosoite', 'sähköpostiosoite', 'sähköposti', 'osoite', 'postiosoite', 'puhelinnumero', 'puhelin', 'yrityksen nimi', 'yritys', 'nimi', 'päivämäärä', 'pvm', 'y-tunnus', 'yhteyshenkilö', 'rekisterinpitäjä', 'verkkosivusto', 'www-osoite'],
  businessIdLabels: ['y-tunnus', 'y-tun', 'ytunnus', 'y tunnus', 'yritystunnus', 'alv-numero', 'alv-tunniste', 'alv nro'],
};
