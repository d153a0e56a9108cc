/** English, loaded only when someone switches to it: a Chinese page does not carry it (bench/portal). */
export { en as messages } from './messages.en';
export { default as antdLocale } from 'antd/es/locale/en_US';
