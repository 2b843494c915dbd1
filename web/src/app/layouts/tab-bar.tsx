import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import classes from './tab-bar.module.css';

export interface Tab {
  to: string;
  label: string;
  icon: ReactNode;
  /** Other paths that belong under this tab (the pages "More" leads to). */
  also?: string[];
}

const under = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

/**
 * Bottom navigation; NavLink marks the current tab with aria-current="page". A tab whose
 * section holds the current page is highlighted too, without claiming to be that page.
 */
export function TabBar({ tabs }: { tabs: Tab[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.tabs')} className={classes.bar}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} className={classes.tab} data-section={tab.also?.some((p) => under(pathname, p)) || undefined}>
          {tab.icon}
          <span>{tab.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
