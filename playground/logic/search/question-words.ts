/**
 * Words that make a query a question but say nothing about its subject. The search drops
 * them (.vitepress/search/tokenize.ts), so "corpid在哪里" searches for corpid alone.
 */

/** Two or more characters: dropped wherever they occur in a query. */
export const questionWords = [
  '怎么办', '怎么弄', '怎么搞', '怎么回事', '怎么样', '怎么', '怎样', '如何', '咋办', '咋',
  '在哪里', '在哪儿', '在哪', '哪里', '哪儿', '哪个', '哪些', '什么', '为什么', '为啥', '干嘛',
  '是不是', '能不能', '可不可以', '有没有', '是否', '可以', '能否', '请问', '求助', '求问', '一下',
  '一直', '总是', '老是', '还是', '我们', '我的', '你们', '大佬', '谢谢', '麻烦',
  '需要', '应该', '到底', '知道', '告诉', '出现', '提示', '显示了', '了吗', '的话',
]

/** Particles that are never part of a word on this site: dropped wherever they occur. */
export const particles = ['吗', '呢', '吧', '啊', '呀', '嘛', '哦', '么', '了', '的', '？', '?']

/** Single characters dropped only where Intl.Segmenter reads them as a word of their own. */
export const standalone = ['在', '是', '我', '你', '要', '能', '会', '有', '和', '把', '被', '给', '都', '也', '还', '就', '很', '太', '又', '去', '让', '找', '用', '该']
