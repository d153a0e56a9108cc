import type { Message } from '../events/messages';

/** The platform's name as it signs every message. */
const PLATFORM_ZH = '泸州市创新联合体管理平台';

/** The e-mail of a notification: Chinese subject and body, with the link into the portal. */
export function renderEmail(m: Pick<Message, 'title' | 'body' | 'link'>, portalUrl: string) {
  const url = new URL(m.link, portalUrl).toString();
  return {
    subject: `【${PLATFORM_ZH}】${m.title}`,
    body:
      `您好:\n\n${m.body}\n\n请登录平台查看详情:${url}\n\n` +
      `${PLATFORM_ZH}\n(本邮件由系统自动发送,请勿直接回复。如需退订邮件提醒,请在平台“消息设置”中关闭。)\n`,
  };
}

/** The SMS of a notification: the title and where to look (SMS carries no detail). */
export function renderSms(m: Pick<Message, 'title'>) {
  return { subject: m.title, body: `【${PLATFORM_ZH}】${m.title}。详情请登录平台查看。` };
}
