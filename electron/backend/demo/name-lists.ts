// Hand-made lists of common given names and surnames, transliterated, for communities whose
// names faker has no Latin-script locale for. Combined at random, they are nobody in particular.

export interface NameList {
  female: string[];
  male: string[];
  last: string[];
}

export const arabic: NameList = {
  female: ['Amira', 'Layla', 'Nour', 'Fatima', 'Yasmin', 'Rania', 'Huda', 'Salma', 'Mariam', 'Leïla', 'Rasha'],
  male: ['Omar', 'Youssef', 'Karim', 'Khalid', 'Tariq', 'Samir', 'Hassan', 'Ibrahim', 'Mahmoud', 'Rami', 'Walid'],
  last: ['Haddad', 'Al-Sayed', 'Khoury', 'El-Amin', 'Nasser', 'Saleh', 'Abdel-Rahman', 'Mansour', 'Al-Hashimi'],
};
export const somali: NameList = {
  female: ['Hodan', 'Ayaan', 'Sahra', 'Fadumo', 'Hibo', 'Sagal', 'Ubah', 'Istahil', 'Nimco'],
  male: ['Abdirahman', 'Mohamed', 'Abdullahi', 'Liban', 'Ahmed', 'Guled', 'Bashir', 'Yusuf'],
  last: ['Warsame', 'Abdi', 'Jama', 'Hersi', 'Egal', 'Duale', 'Osman', 'Farah', 'Nur'],
};
export const filipino: NameList = {
  female: ['Maricel', 'Jocelyn', 'Rowena', 'Ligaya', 'Marisol', 'Analyn', 'Rosalinda', 'Divina'],
  male: ['Jomar', 'Rodel', 'Ramil', 'Danilo', 'Arnel', 'Efren', 'Rogelio', 'Nestor'],
  last: ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Mendoza', 'Villanueva', 'Macaraeg', 'Dimaculangan'],
};
export const chinese: NameList = {
  female: ['Mei', 'Xiaoling', 'Jing', 'Li Na', 'Yan', 'Hui', 'Xiu Ying', 'Lan'],
  male: ['Wei', 'Jian', 'Hao', 'Lei', 'Zhiwei', 'Jun', 'Ming', 'Guo'],
  last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Lü', 'Xu'],
};
export const punjabi: NameList = {
  female: ['Harpreet', 'Simran', 'Gurpreet', 'Manjeet', 'Navneet', 'Jasleen', 'Amandeep'],
  male: ['Harjit', 'Gurdeep', 'Manpreet', 'Jaspal', 'Baljit', 'Sukhwinder', 'Kuldip'],
  last: ['Sandhu', 'Gill', 'Dhillon', 'Sidhu', 'Grewal', 'Brar', 'Bains', 'Kaur', 'Singh'],
};
export const irish: NameList = {
  female: ['Siobhán', 'Aoife', 'Niamh', 'Róisín', 'Caoimhe', 'Máire', 'Orla', 'Saoirse'],
  male: ['Seán', 'Ciarán', 'Pádraig', 'Eoin', 'Darragh', 'Cathal', 'Oisín', 'Declan'],
  last: ["O'Brien", "O'Sullivan", "O'Neill", "O'Donnell", "O'Connor", 'Ní Bhriain', 'Mac Giolla', 'Ó Súilleabháin'],
};
