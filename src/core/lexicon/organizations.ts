/**
 * International organisations, their organs and secretariats, as named in diplomatic releases.
 *
 * Sources: the official English names used by each organisation (charters, founding treaties and
 * the organisations' own sites), the UN System Chart for principal organs, specialised agencies,
 * funds and programmes, and UN Terminology (UNTERM). The data was written for this project, not
 * copied from a file.
 *
 * Conventions:
 * - `id` is a lower-case slug, usually the acronym; bodies of an organisation carry its id as a
 *   prefix ('sco-secretariat', 'sco-rats') and point to it through `parent`.
 * - `acronym` is matched case-sensitively by the engine, so 'WHO' never matches "who". Forms
 *   that are written in mixed case in running text ('Mercosur', 'Interpol') are aliases as well.
 * - `kind`: 'intergovernmental' for treaty organisations and their councils and assemblies;
 *   'un-body' for UN organs, funds, programmes, specialised and related agencies (parent 'un');
 *   'bloc' for groupings without a founding treaty or secretariat (G7, G20, BRICS);
 *   'financial' for banks and funds; 'secretariat' for permanent executive bodies (secretariats,
 *   commissions, executive committees, RATS); 'ngo' for non-governmental bodies.
 * - The IMF and the World Bank are UN specialised agencies in law but are listed as 'financial'
 *   with no parent, which is how releases treat them.
 * - Bare generic forms ("Security Council", "General Assembly", "Secretariat") are left out: they
 *   would match inside the names of other bodies ("CSTO Collective Security Council").
 */

export interface OrganizationEntry {
  /** Lower-case slug, usually the acronym. */
  id: string;
  acronym: string | null;
  /** Full official English name. */
  name: string;
  /** Spelling variants and other names. */
  aliases: string[];
  kind: 'intergovernmental' | 'un-body' | 'bloc' | 'financial' | 'secretariat' | 'ngo' | 'seat-of-government';
  /** Id of the parent organisation. */
  parent: string | null;
  /** For a seat of government: the lower-case ISO code of its country. */
  country?: string;
}

/**
 * Seats of government that releases quote as speakers ("the White House said", "Downing Street
 * said"): bodies of their country, never people.
 */
const SEATS_OF_GOVERNMENT: readonly OrganizationEntry[] = [
  { id: 'white-house', acronym: null, name: 'White House', aliases: [], kind: 'seat-of-government', parent: null, country: 'us' },
  { id: 'downing-street', acronym: null, name: 'Downing Street', aliases: ['10 Downing Street', 'Number 10', 'No 10'], kind: 'seat-of-government', parent: null, country: 'gb' },
  { id: 'kremlin', acronym: null, name: 'Kremlin', aliases: [], kind: 'seat-of-government', parent: null, country: 'ru' },
  { id: 'elysee', acronym: null, name: 'Élysée Palace', aliases: ['Élysée', 'Elysee', 'Elysee Palace', 'Elysée'], kind: 'seat-of-government', parent: null, country: 'fr' },
  { id: 'blue-house', acronym: null, name: 'Blue House', aliases: ['Cheong Wa Dae'], kind: 'seat-of-government', parent: null, country: 'kr' },
  { id: 'zhongnanhai', acronym: null, name: 'Zhongnanhai', aliases: [], kind: 'seat-of-government', parent: null, country: 'cn' },
  { id: 'kantei', acronym: null, name: 'Kantei', aliases: [], kind: 'seat-of-government', parent: null, country: 'jp' },
  { id: 'akorda', acronym: null, name: 'Akorda', aliases: ['Ak Orda'], kind: 'seat-of-government', parent: null, country: 'kz' },
  { id: 'palazzo-chigi', acronym: null, name: 'Palazzo Chigi', aliases: ['Chigi Palace'], kind: 'seat-of-government', parent: null, country: 'it' },
  { id: 'moncloa', acronym: null, name: 'Moncloa Palace', aliases: ['Moncloa', 'La Moncloa'], kind: 'seat-of-government', parent: null, country: 'es' },
  { id: 'casa-rosada', acronym: null, name: 'Casa Rosada', aliases: [], kind: 'seat-of-government', parent: null, country: 'ar' },
  { id: 'quai-d-orsay', acronym: null, name: "Quai d'Orsay", aliases: [], kind: 'seat-of-government', parent: null, country: 'fr' },
];

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  // The United Nations and its principal organs.
  { id: 'un', acronym: 'UN', name: 'United Nations', aliases: ['United Nations Organization', 'United Nations Organisation', 'U.N.', 'UNO'], kind: 'intergovernmental', parent: null },
  { id: 'unga', acronym: 'UNGA', name: 'United Nations General Assembly', aliases: ['UN General Assembly', 'U.N. General Assembly', 'General Assembly of the United Nations'], kind: 'un-body', parent: 'un' },
  { id: 'unsc', acronym: 'UNSC', name: 'United Nations Security Council', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council of the United Nations'], kind: 'un-body', parent: 'un' },
  { id: 'ecosoc', acronym: 'ECOSOC', name: 'Economic and Social Council', aliases: ['United Nations Economic and Social Council', 'UN Economic and Social Council'], kind: 'un-body', parent: 'un' },
  { id: 'icj', acronym: 'ICJ', name: 'International Court of Justice', aliases: ['World Court'], kind: 'un-body', parent: 'un' },
  { id: 'un-trusteeship-council', acronym: null, name: 'Trusteeship Council', aliases: ['United Nations Trusteeship Council', 'UN Trusteeship Council'], kind: 'un-body', parent: 'un' },
  { id: 'un-secretariat', acronym: null, name: 'United Nations Secretariat', aliases: ['UN Secretariat', 'U.N. Secretariat', 'Secretariat of the United Nations'], kind: 'secretariat', parent: 'un' },

  // UN subsidiary bodies, offices, funds and programmes.
  { id: 'unhrc', acronym: 'UNHRC', name: 'United Nations Human Rights Council', aliases: ['Human Rights Council', 'UN Human Rights Council'], kind: 'un-body', parent: 'un' },
  { id: 'ohchr', acronym: 'OHCHR', name: 'Office of the United Nations High Commissioner for Human Rights', aliases: ['UN Human Rights Office', 'UN Human Rights'], kind: 'un-body', parent: 'un' },
  { id: 'unhcr', acronym: 'UNHCR', name: 'Office of the United Nations High Commissioner for Refugees', aliases: ['UN Refugee Agency', 'United Nations Refugee Agency'], kind: 'un-body', parent: 'un' },
  { id: 'unicef', acronym: 'UNICEF', name: "United Nations Children's Fund", aliases: ["UN Children's Fund"], kind: 'un-body', parent: 'un' },
  { id: 'undp', acronym: 'UNDP', name: 'United Nations Development Programme', aliases: ['UN Development Programme', 'United Nations Development Program'], kind: 'un-body', parent: 'un' },
  { id: 'unep', acronym: 'UNEP', name: 'United Nations Environment Programme', aliases: ['UN Environment Programme', 'UN Environment'], kind: 'un-body', parent: 'un' },
  { id: 'unfpa', acronym: 'UNFPA', name: 'United Nations Population Fund', aliases: ['UN Population Fund'], kind: 'un-body', parent: 'un' },
  { id: 'wfp', acronym: 'WFP', name: 'World Food Programme', aliases: ['UN World Food Programme', 'United Nations World Food Programme', 'World Food Program'], kind: 'un-body', parent: 'un' },
  { id: 'unctad', acronym: 'UNCTAD', name: 'United Nations Conference on Trade and Development', aliases: ['UN Trade and Development', 'UN Conference on Trade and Development'], kind: 'un-body', parent: 'un' },
  { id: 'un-habitat', acronym: 'UN-Habitat', name: 'United Nations Human Settlements Programme', aliases: ['UN Human Settlements Programme'], kind: 'un-body', parent: 'un' },
  { id: 'un-women', acronym: 'UN Women', name: 'United Nations Entity for Gender Equality and the Empowerment of Women', aliases: ['UN-Women'], kind: 'un-body', parent: 'un' },
  { id: 'unodc', acronym: 'UNODC', name: 'United Nations Office on Drugs and Crime', aliases: ['UN Office on Drugs and Crime'], kind: 'un-body', parent: 'un' },
  { id: 'unrwa', acronym: 'UNRWA', name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', aliases: ['UN Relief and Works Agency'], kind: 'un-body', parent: 'un' },
  { id: 'unaids', acronym: 'UNAIDS', name: 'Joint United Nations Programme on HIV/AIDS', aliases: [], kind: 'un-body', parent: 'un' },
  { id: 'ocha', acronym: 'OCHA', name: 'United Nations Office for the Coordination of Humanitarian Affairs', aliases: ['UN Office for the Coordination of Humanitarian Affairs', 'UNOCHA'], kind: 'un-body', parent: 'un' },
  { id: 'unfccc', acronym: 'UNFCCC', name: 'United Nations Framework Convention on Climate Change', aliases: ['UN Climate Change'], kind: 'un-body', parent: 'un' },
  { id: 'unoct', acronym: 'UNOCT', name: 'United Nations Office of Counter-Terrorism', aliases: ['UN Office of Counter-Terrorism'], kind: 'un-body', parent: 'un' },
  { id: 'unoda', acronym: 'UNODA', name: 'United Nations Office for Disarmament Affairs', aliases: ['UN Office for Disarmament Affairs'], kind: 'un-body', parent: 'un' },
  { id: 'dppa', acronym: 'DPPA', name: 'Department of Political and Peacebuilding Affairs', aliases: ['UN Department of Political and Peacebuilding Affairs'], kind: 'un-body', parent: 'un' },
  { id: 'unrcca', acronym: 'UNRCCA', name: 'United Nations Regional Centre for Preventive Diplomacy for Central Asia', aliases: ['UN Regional Centre for Preventive Diplomacy for Central Asia'], kind: 'un-body', parent: 'un' },
  { id: 'unama', acronym: 'UNAMA', name: 'United Nations Assistance Mission in Afghanistan', aliases: ['UN Assistance Mission in Afghanistan'], kind: 'un-body', parent: 'un' },
  { id: 'unog', acronym: 'UNOG', name: 'United Nations Office at Geneva', aliases: ['UN Office at Geneva'], kind: 'un-body', parent: 'un' },
  { id: 'unov', acronym: 'UNOV', name: 'United Nations Office at Vienna', aliases: ['UN Office at Vienna'], kind: 'un-body', parent: 'un' },
  { id: 'escap', acronym: 'ESCAP', name: 'Economic and Social Commission for Asia and the Pacific', aliases: ['UNESCAP', 'UN ESCAP', 'United Nations Economic and Social Commission for Asia and the Pacific'], kind: 'un-body', parent: 'un' },
  { id: 'unece', acronym: 'UNECE', name: 'United Nations Economic Commission for Europe', aliases: ['UN Economic Commission for Europe'], kind: 'un-body', parent: 'un' },
  { id: 'uneca', acronym: 'UNECA', name: 'United Nations Economic Commission for Africa', aliases: ['Economic Commission for Africa', 'UN Economic Commission for Africa'], kind: 'un-body', parent: 'un' },
  { id: 'eclac', acronym: 'ECLAC', name: 'Economic Commission for Latin America and the Caribbean', aliases: ['UN Economic Commission for Latin America and the Caribbean', 'CEPAL'], kind: 'un-body', parent: 'un' },
  { id: 'escwa', acronym: 'ESCWA', name: 'Economic and Social Commission for Western Asia', aliases: ['UN Economic and Social Commission for Western Asia', 'UNESCWA'], kind: 'un-body', parent: 'un' },

  // Specialised and related agencies of the UN system.
  { id: 'fao', acronym: 'FAO', name: 'Food and Agriculture Organization of the United Nations', aliases: ['Food and Agriculture Organization', 'Food and Agriculture Organisation'], kind: 'un-body', parent: 'un' },
  { id: 'icao', acronym: 'ICAO', name: 'International Civil Aviation Organization', aliases: ['International Civil Aviation Organisation'], kind: 'un-body', parent: 'un' },
  { id: 'ifad', acronym: 'IFAD', name: 'International Fund for Agricultural Development', aliases: [], kind: 'un-body', parent: 'un' },
  { id: 'ilo', acronym: 'ILO', name: 'International Labour Organization', aliases: ['International Labour Organisation', 'International Labor Organization'], kind: 'un-body', parent: 'un' },
  { id: 'imo', acronym: 'IMO', name: 'International Maritime Organization', aliases: ['International Maritime Organisation'], kind: 'un-body', parent: 'un' },
  { id: 'itu', acronym: 'ITU', name: 'International Telecommunication Union', aliases: [], kind: 'un-body', parent: 'un' },
  { id: 'unesco', acronym: 'UNESCO', name: 'United Nations Educational, Scientific and Cultural Organization', aliases: ['United Nations Educational Scientific and Cultural Organization'], kind: 'un-body', parent: 'un' },
  { id: 'unido', acronym: 'UNIDO', name: 'United Nations Industrial Development Organization', aliases: ['UN Industrial Development Organization'], kind: 'un-body', parent: 'un' },
  { id: 'upu', acronym: 'UPU', name: 'Universal Postal Union', aliases: [], kind: 'un-body', parent: 'un' },
  { id: 'who', acronym: 'WHO', name: 'World Health Organization', aliases: ['World Health Organisation'], kind: 'un-body', parent: 'un' },
  { id: 'wipo', acronym: 'WIPO', name: 'World Intellectual Property Organization', aliases: ['World Intellectual Property Organisation'], kind: 'un-body', parent: 'un' },
  { id: 'wmo', acronym: 'WMO', name: 'World Meteorological Organization', aliases: ['World Meteorological Organisation'], kind: 'un-body', parent: 'un' },
  { id: 'unwto', acronym: 'UNWTO', name: 'World Tourism Organization', aliases: ['UN Tourism', 'World Tourism Organisation'], kind: 'un-body', parent: 'un' },
  { id: 'iaea', acronym: 'IAEA', name: 'International Atomic Energy Agency', aliases: [], kind: 'un-body', parent: 'un' },
  { id: 'iom', acronym: 'IOM', name: 'International Organization for Migration', aliases: ['International Organisation for Migration', 'UN Migration'], kind: 'un-body', parent: 'un' },
  { id: 'opcw', acronym: 'OPCW', name: 'Organisation for the Prohibition of Chemical Weapons', aliases: ['Organization for the Prohibition of Chemical Weapons'], kind: 'un-body', parent: 'un' },
  { id: 'ctbto', acronym: 'CTBTO', name: 'Comprehensive Nuclear-Test-Ban Treaty Organization', aliases: ['CTBTO Preparatory Commission'], kind: 'un-body', parent: 'un' },
  { id: 'wto', acronym: 'WTO', name: 'World Trade Organization', aliases: ['World Trade Organisation'], kind: 'intergovernmental', parent: null },
  { id: 'imf', acronym: 'IMF', name: 'International Monetary Fund', aliases: [], kind: 'financial', parent: null },
  { id: 'world-bank', acronym: null, name: 'World Bank', aliases: ['World Bank Group', 'International Bank for Reconstruction and Development', 'IBRD'], kind: 'financial', parent: null },

  // Other global bodies.
  { id: 'icc', acronym: 'ICC', name: 'International Criminal Court', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'interpol', acronym: 'INTERPOL', name: 'International Criminal Police Organization', aliases: ['Interpol', 'International Criminal Police Organisation'], kind: 'intergovernmental', parent: null },
  { id: 'ipu', acronym: 'IPU', name: 'Inter-Parliamentary Union', aliases: ['Interparliamentary Union'], kind: 'intergovernmental', parent: null },
  { id: 'oecd', acronym: 'OECD', name: 'Organisation for Economic Co-operation and Development', aliases: ['Organization for Economic Co-operation and Development', 'Organisation for Economic Cooperation and Development', 'Organization for Economic Cooperation and Development'], kind: 'intergovernmental', parent: null },
  { id: 'iea', acronym: 'IEA', name: 'International Energy Agency', aliases: [], kind: 'intergovernmental', parent: 'oecd' },
  { id: 'irena', acronym: 'IRENA', name: 'International Renewable Energy Agency', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'fatf', acronym: 'FATF', name: 'Financial Action Task Force', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'wco', acronym: 'WCO', name: 'World Customs Organization', aliases: ['World Customs Organisation'], kind: 'intergovernmental', parent: null },
  { id: 'opec', acronym: 'OPEC', name: 'Organization of the Petroleum Exporting Countries', aliases: ['Organisation of the Petroleum Exporting Countries'], kind: 'intergovernmental', parent: null },
  { id: 'oif', acronym: 'OIF', name: 'International Organisation of La Francophonie', aliases: ['Organisation internationale de la Francophonie', 'La Francophonie', 'Francophonie'], kind: 'intergovernmental', parent: null },
  { id: 'commonwealth', acronym: null, name: 'Commonwealth of Nations', aliases: ['Commonwealth Secretariat'], kind: 'intergovernmental', parent: null },
  { id: 'bis', acronym: 'BIS', name: 'Bank for International Settlements', aliases: [], kind: 'financial', parent: null },

  // Groupings.
  { id: 'g7', acronym: 'G7', name: 'Group of Seven', aliases: ['G-7'], kind: 'bloc', parent: null },
  { id: 'g20', acronym: 'G20', name: 'Group of Twenty', aliases: ['G-20'], kind: 'bloc', parent: null },
  { id: 'g77', acronym: 'G77', name: 'Group of 77', aliases: ['G-77', 'Group of 77 and China'], kind: 'bloc', parent: null },
  { id: 'brics', acronym: 'BRICS', name: 'BRICS', aliases: [], kind: 'bloc', parent: null },
  { id: 'nam', acronym: 'NAM', name: 'Non-Aligned Movement', aliases: ['Movement of Non-Aligned Countries'], kind: 'bloc', parent: null },
  { id: 'quad', acronym: null, name: 'Quadrilateral Security Dialogue', aliases: ['Quad'], kind: 'bloc', parent: null },
  { id: 'v4', acronym: 'V4', name: 'Visegrad Group', aliases: ['Visegrád Group', 'Visegrad Four'], kind: 'bloc', parent: null },

  // Eurasia.
  { id: 'sco', acronym: 'SCO', name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization'], kind: 'intergovernmental', parent: null },
  { id: 'sco-secretariat', acronym: null, name: 'SCO Secretariat', aliases: ['Secretariat of the Shanghai Cooperation Organisation', 'Secretariat of the Shanghai Cooperation Organization', 'Secretariat of the SCO'], kind: 'secretariat', parent: 'sco' },
  { id: 'sco-rats', acronym: 'RATS', name: 'Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation', aliases: ['SCO Regional Anti-Terrorist Structure', 'SCO RATS', 'Regional Anti-Terrorist Structure', 'Regional Anti-Terrorist Structure of the SCO'], kind: 'secretariat', parent: 'sco' },
  { id: 'sco-council-heads-of-state', acronym: null, name: 'SCO Council of Heads of State', aliases: ['Council of Heads of State of the Shanghai Cooperation Organisation', 'Council of Heads of State of the SCO', 'SCO Heads of State Council'], kind: 'intergovernmental', parent: 'sco' },
  { id: 'sco-council-heads-of-government', acronym: null, name: 'SCO Council of Heads of Government', aliases: ['Council of Heads of Government of the Shanghai Cooperation Organisation', 'Council of Heads of Government of the SCO', 'SCO Heads of Government Council'], kind: 'intergovernmental', parent: 'sco' },
  { id: 'sco-council-foreign-ministers', acronym: null, name: 'SCO Council of Foreign Ministers', aliases: ['Council of Foreign Ministers of the Shanghai Cooperation Organisation', 'Council of Foreign Ministers of the SCO', 'SCO Foreign Ministers Council'], kind: 'intergovernmental', parent: 'sco' },
  { id: 'sco-business-council', acronym: null, name: 'SCO Business Council', aliases: [], kind: 'ngo', parent: 'sco' },
  { id: 'sco-interbank-consortium', acronym: null, name: 'SCO Interbank Consortium', aliases: ['SCO Interbank Association'], kind: 'financial', parent: 'sco' },
  { id: 'cis', acronym: 'CIS', name: 'Commonwealth of Independent States', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'cis-executive-committee', acronym: null, name: 'CIS Executive Committee', aliases: ['Executive Committee of the CIS', 'Executive Committee of the Commonwealth of Independent States'], kind: 'secretariat', parent: 'cis' },
  { id: 'cis-ipa', acronym: 'IPA CIS', name: 'Inter-Parliamentary Assembly of the Commonwealth of Independent States', aliases: ['CIS Inter-Parliamentary Assembly', 'Interparliamentary Assembly of the CIS', 'Inter-Parliamentary Assembly of the CIS'], kind: 'intergovernmental', parent: 'cis' },
  { id: 'csto', acronym: 'CSTO', name: 'Collective Security Treaty Organization', aliases: ['Collective Security Treaty Organisation'], kind: 'intergovernmental', parent: null },
  { id: 'csto-secretariat', acronym: null, name: 'CSTO Secretariat', aliases: ['Secretariat of the CSTO', 'Secretariat of the Collective Security Treaty Organization'], kind: 'secretariat', parent: 'csto' },
  { id: 'eaeu', acronym: 'EAEU', name: 'Eurasian Economic Union', aliases: ['EEU'], kind: 'intergovernmental', parent: null },
  { id: 'eec', acronym: 'EEC', name: 'Eurasian Economic Commission', aliases: [], kind: 'secretariat', parent: 'eaeu' },
  { id: 'seec', acronym: null, name: 'Supreme Eurasian Economic Council', aliases: [], kind: 'intergovernmental', parent: 'eaeu' },
  { id: 'edb', acronym: 'EDB', name: 'Eurasian Development Bank', aliases: [], kind: 'financial', parent: null },
  { id: 'union-state', acronym: null, name: 'Union State of Russia and Belarus', aliases: ['Union State'], kind: 'intergovernmental', parent: null },
  { id: 'cica', acronym: 'CICA', name: 'Conference on Interaction and Confidence Building Measures in Asia', aliases: ['Conference on Interaction and Confidence-Building Measures in Asia'], kind: 'intergovernmental', parent: null },
  { id: 'cica-secretariat', acronym: null, name: 'CICA Secretariat', aliases: ['Secretariat of CICA', 'Secretariat of the CICA'], kind: 'secretariat', parent: 'cica' },
  { id: 'eco', acronym: 'ECO', name: 'Economic Cooperation Organization', aliases: ['Economic Cooperation Organisation'], kind: 'intergovernmental', parent: null },
  { id: 'ots', acronym: 'OTS', name: 'Organization of Turkic States', aliases: ['Organisation of Turkic States', 'Turkic Council', 'Cooperation Council of Turkic Speaking States'], kind: 'intergovernmental', parent: null },
  { id: 'carec', acronym: 'CAREC', name: 'Central Asia Regional Economic Cooperation Program', aliases: ['Central Asia Regional Economic Cooperation', 'CAREC Program'], kind: 'intergovernmental', parent: null },
  { id: 'ifas', acronym: 'IFAS', name: 'International Fund for Saving the Aral Sea', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'bsec', acronym: 'BSEC', name: 'Organization of the Black Sea Economic Cooperation', aliases: ['Black Sea Economic Cooperation'], kind: 'intergovernmental', parent: null },
  { id: 'guam', acronym: 'GUAM', name: 'GUAM Organization for Democracy and Economic Development', aliases: [], kind: 'intergovernmental', parent: null },

  // Europe and the North Atlantic.
  { id: 'eu', acronym: 'EU', name: 'European Union', aliases: ['E.U.'], kind: 'intergovernmental', parent: null },
  { id: 'european-commission', acronym: null, name: 'European Commission', aliases: ['EU Commission', 'Commission of the European Union'], kind: 'secretariat', parent: 'eu' },
  { id: 'european-council', acronym: null, name: 'European Council', aliases: [], kind: 'intergovernmental', parent: 'eu' },
  { id: 'european-parliament', acronym: 'EP', name: 'European Parliament', aliases: [], kind: 'intergovernmental', parent: 'eu' },
  { id: 'council-of-the-eu', acronym: null, name: 'Council of the European Union', aliases: ['Council of the EU'], kind: 'intergovernmental', parent: 'eu' },
  { id: 'eeas', acronym: 'EEAS', name: 'European External Action Service', aliases: [], kind: 'secretariat', parent: 'eu' },
  { id: 'ecb', acronym: 'ECB', name: 'European Central Bank', aliases: [], kind: 'financial', parent: 'eu' },
  { id: 'eib', acronym: 'EIB', name: 'European Investment Bank', aliases: [], kind: 'financial', parent: 'eu' },
  { id: 'cjeu', acronym: 'CJEU', name: 'Court of Justice of the European Union', aliases: [], kind: 'intergovernmental', parent: 'eu' },
  { id: 'osce', acronym: 'OSCE', name: 'Organization for Security and Co-operation in Europe', aliases: ['Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Cooperation in Europe'], kind: 'intergovernmental', parent: null },
  { id: 'osce-secretariat', acronym: null, name: 'OSCE Secretariat', aliases: ['Secretariat of the OSCE'], kind: 'secretariat', parent: 'osce' },
  { id: 'odihr', acronym: 'ODIHR', name: 'Office for Democratic Institutions and Human Rights', aliases: ['OSCE Office for Democratic Institutions and Human Rights'], kind: 'intergovernmental', parent: 'osce' },
  { id: 'osce-pa', acronym: 'OSCE PA', name: 'OSCE Parliamentary Assembly', aliases: ['Parliamentary Assembly of the OSCE'], kind: 'intergovernmental', parent: 'osce' },
  { id: 'coe', acronym: 'CoE', name: 'Council of Europe', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'pace', acronym: 'PACE', name: 'Parliamentary Assembly of the Council of Europe', aliases: [], kind: 'intergovernmental', parent: 'coe' },
  { id: 'ecthr', acronym: 'ECtHR', name: 'European Court of Human Rights', aliases: [], kind: 'intergovernmental', parent: 'coe' },
  { id: 'nato', acronym: 'NATO', name: 'North Atlantic Treaty Organization', aliases: ['North Atlantic Treaty Organisation', 'North Atlantic Alliance'], kind: 'intergovernmental', parent: null },
  { id: 'efta', acronym: 'EFTA', name: 'European Free Trade Association', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'nordic-council', acronym: null, name: 'Nordic Council', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'ebrd', acronym: 'EBRD', name: 'European Bank for Reconstruction and Development', aliases: [], kind: 'financial', parent: null },

  // Asia and the Pacific.
  { id: 'asean', acronym: 'ASEAN', name: 'Association of Southeast Asian Nations', aliases: ['Association of South-East Asian Nations', 'Association of South East Asian Nations'], kind: 'intergovernmental', parent: null },
  { id: 'asean-secretariat', acronym: null, name: 'ASEAN Secretariat', aliases: ['Secretariat of ASEAN'], kind: 'secretariat', parent: 'asean' },
  { id: 'arf', acronym: 'ARF', name: 'ASEAN Regional Forum', aliases: [], kind: 'intergovernmental', parent: 'asean' },
  { id: 'eas', acronym: 'EAS', name: 'East Asia Summit', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'apec', acronym: 'APEC', name: 'Asia-Pacific Economic Cooperation', aliases: ['Asia Pacific Economic Cooperation'], kind: 'intergovernmental', parent: null },
  { id: 'saarc', acronym: 'SAARC', name: 'South Asian Association for Regional Cooperation', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'bimstec', acronym: 'BIMSTEC', name: 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'pif', acronym: 'PIF', name: 'Pacific Islands Forum', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'adb', acronym: 'ADB', name: 'Asian Development Bank', aliases: [], kind: 'financial', parent: null },
  { id: 'aiib', acronym: 'AIIB', name: 'Asian Infrastructure Investment Bank', aliases: [], kind: 'financial', parent: null },
  { id: 'ndb', acronym: 'NDB', name: 'New Development Bank', aliases: ['BRICS Development Bank', 'BRICS Bank'], kind: 'financial', parent: 'brics' },

  // Middle East and the Islamic world.
  { id: 'oic', acronym: 'OIC', name: 'Organisation of Islamic Cooperation', aliases: ['Organization of Islamic Cooperation', 'Organisation of the Islamic Conference', 'Organization of the Islamic Conference'], kind: 'intergovernmental', parent: null },
  { id: 'gcc', acronym: 'GCC', name: 'Cooperation Council for the Arab States of the Gulf', aliases: ['Gulf Cooperation Council'], kind: 'intergovernmental', parent: null },
  { id: 'arab-league', acronym: null, name: 'League of Arab States', aliases: ['Arab League'], kind: 'intergovernmental', parent: null },
  { id: 'isdb', acronym: 'IsDB', name: 'Islamic Development Bank', aliases: [], kind: 'financial', parent: null },

  // Africa.
  { id: 'au', acronym: 'AU', name: 'African Union', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'au-commission', acronym: 'AUC', name: 'African Union Commission', aliases: ['AU Commission', 'Commission of the African Union'], kind: 'secretariat', parent: 'au' },
  { id: 'au-psc', acronym: null, name: 'Peace and Security Council of the African Union', aliases: ['AU Peace and Security Council', 'African Union Peace and Security Council'], kind: 'intergovernmental', parent: 'au' },
  { id: 'ecowas', acronym: 'ECOWAS', name: 'Economic Community of West African States', aliases: ['CEDEAO'], kind: 'intergovernmental', parent: null },
  { id: 'sadc', acronym: 'SADC', name: 'Southern African Development Community', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'igad', acronym: 'IGAD', name: 'Intergovernmental Authority on Development', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'eac', acronym: 'EAC', name: 'East African Community', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'eccas', acronym: 'ECCAS', name: 'Economic Community of Central African States', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'comesa', acronym: 'COMESA', name: 'Common Market for Eastern and Southern Africa', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'amu', acronym: 'AMU', name: 'Arab Maghreb Union', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'afdb', acronym: 'AfDB', name: 'African Development Bank', aliases: [], kind: 'financial', parent: null },

  // The Americas.
  { id: 'oas', acronym: 'OAS', name: 'Organization of American States', aliases: ['Organisation of American States'], kind: 'intergovernmental', parent: null },
  { id: 'celac', acronym: 'CELAC', name: 'Community of Latin American and Caribbean States', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'mercosur', acronym: 'MERCOSUR', name: 'Southern Common Market', aliases: ['Mercosur', 'Mercosul'], kind: 'intergovernmental', parent: null },
  { id: 'caricom', acronym: 'CARICOM', name: 'Caribbean Community', aliases: ['Caricom'], kind: 'intergovernmental', parent: null },
  { id: 'sica', acronym: 'SICA', name: 'Central American Integration System', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'can', acronym: 'CAN', name: 'Andean Community', aliases: [], kind: 'intergovernmental', parent: null },
  { id: 'pacific-alliance', acronym: null, name: 'Pacific Alliance', aliases: [], kind: 'bloc', parent: null },
  { id: 'idb', acronym: 'IDB', name: 'Inter-American Development Bank', aliases: ['IADB'], kind: 'financial', parent: null },

  // Non-governmental bodies often named in releases.
  { id: 'icrc', acronym: 'ICRC', name: 'International Committee of the Red Cross', aliases: [], kind: 'ngo', parent: null },
  { id: 'ifrc', acronym: 'IFRC', name: 'International Federation of Red Cross and Red Crescent Societies', aliases: [], kind: 'ngo', parent: null },
  { id: 'msf', acronym: 'MSF', name: 'Médecins Sans Frontières', aliases: ['Doctors Without Borders', 'Medecins Sans Frontieres'], kind: 'ngo', parent: null },
  { id: 'wef', acronym: 'WEF', name: 'World Economic Forum', aliases: [], kind: 'ngo', parent: null },
  { id: 'bfa', acronym: 'BFA', name: 'Boao Forum for Asia', aliases: [], kind: 'ngo', parent: null },
  ...SEATS_OF_GOVERNMENT,
];
