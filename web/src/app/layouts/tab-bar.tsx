import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { ReactNode } from 'react';
import classes from './tab-bar.module.css';

export interface Tab {
  to: string;
  label: string;
  icon: ReactNode;
}

/** Bottom navigation; NavLink marks the current tab with aria-current="page". */
export function TabBar({ tabs }: { tabs: Tab[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.tabs')} className={classes.bar}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} className={classes.tab}>
          {tab.icon}
          <span>{tab.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
