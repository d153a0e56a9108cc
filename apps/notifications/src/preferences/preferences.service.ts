import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { InputProblem } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { DeliveryRelay } from '../deliveries/delivery-relay.service';
import type { Preference } from '../infra/prisma/generated/client';
import { PrismaService } from '../infra/prisma/prisma.service';
import { PreferencesRepository } from './preferences.repository';
import { PREFERENCE_RULES, type PreferencesBody, type PreferencesView } from './preferences.schema';

interface Caller {
  principal: Principal;
  ip?: string;
}

/**
 * Preferences per login. Without saved ones: e-mail on (an applicant's unit is written to at the
 * contact its application declared; others need an address to receive any), SMS off.
 */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly preferences: PreferencesRepository,
    private readonly relay: DeliveryRelay,
  ) {}

  async get(p: Principal): Promise<PreferencesView> {
    return this.view(await this.prisma.transaction((tx) => this.preferences.find(tx, p.sub)));
  }

  async save(caller: Caller, body: PreferencesBody): Promise<PreferencesView> {
    const { principal } = caller;
    if (body.email.enabled && body.email.address === null && principal.role !== 'applicant') {
      throw new InputProblem(
        PREFERENCE_RULES.emailAddress,
        'email.address',
        'E-mail needs an address: give one, or switch e-mail off',
        '开启邮件提醒须填写邮箱地址,或关闭邮件提醒',
      );
    }
    if (body.sms.enabled && !this.relay.enabled('SMS')) {
      throw new InputProblem(
        PREFERENCE_RULES.smsUnavailable,
        'sms.enabled',
        'SMS is not available on this platform (no SMS provider is configured)',
        '本平台未配置短信服务,无法开启短信提醒',
      );
    }
    if (body.sms.enabled && body.sms.phone === null) {
      throw new InputProblem(
        PREFERENCE_RULES.smsPhone,
        'sms.phone',
        'SMS needs a mobile number: give one, or switch SMS off',
        '开启短信提醒须填写手机号码,或关闭短信提醒',
      );
    }
    const saved = await this.prisma.transaction(async (tx) => {
      const row = await this.preferences.save(tx, principal, body);
      // Which channels, not the addresses (personal data stays out of the audit detail).
      await recordAudit(tx, caller, {
        action: 'notification-preferences.saved',
        objectType: 'preference',
        objectId: principal.sub,
        detail: { email: body.email.enabled, sms: body.sms.enabled },
      });
      return row;
    });
    return this.view(saved);
  }

  private view(row: Preference | null): PreferencesView {
    return {
      inApp: true,
      email: {
        enabled: row?.emailEnabled ?? true,
        address: row?.email ?? null,
        available: this.relay.enabled('EMAIL'),
      },
      sms: {
        enabled: row?.smsEnabled ?? false,
        phone: row?.phone ?? null,
        available: this.relay.enabled('SMS'),
      },
      saved: row !== null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
