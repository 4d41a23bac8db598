"""holdout345, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="blog-maixiang-cake-knife-serrated",
        site="麦香小记 (invented baker's blog, WordPress-like)",
        style="博客",
        genre="博客文章",
        kind="article",
        form="html",
        source="https://maixiangxiaoji.blog/2024/10/19/qifeng-qie-dangao/",
        title="切戚风蛋糕为什么要用锯齿蛋糕刀",
        record_title="【烘焙手记】切戚风蛋糕为什么要用锯齿蛋糕刀 | 麦香小记",
        date="2024-10-19",
        notes="blog: bracketed post time as the page's date, category and tag lines, a like prompt glued after a "
        "sentence, calendar widget, archive, tag cloud, comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【烘焙手记】切戚风蛋糕为什么要用锯齿蛋糕刀 | 麦香小记</title>
<link rel="stylesheet" href="/wp-content/themes/flourish/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="single">
<header class="site-header">
<p class="site-title">⟦m 麦香小记⟧</p>
<p class="site-desc">⟦m 一个面包房学徒的烤箱边笔记⟧</p>
<nav><a>⟦m 博客首页⟧</a> <a>⟦m 配方本⟧</a> <a>⟦m 工具控⟧</a> <a>⟦m 关于我⟧</a></nav>
</header>
<main>
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m [2024-10-19 21:37]　分类：工具控　作者：小麦⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：蛋糕刀 · 戚风 · 新手烘焙⟧</div>
<div class="post-nav">⟦l « 旧文：六寸戚风总是回缩？检查这三步⟧　⟦l 新文：裱花嘴怎么选 »⟧</div>
</article>
<section class="comments">
<h3>⟦l 4 条留言⟧</h3>
<p>⟦l 樱桃小丸：原来切不好不是手的问题，是刀的问题哈哈⟧</p>
<p>⟦l 麦香小记 回复 樱桃小丸：刀和手都有一点点责任～⟧</p>
<div class="respond">⟦l 发表留言　昵称（必填）　邮箱（不公开）　提交留言⟧</div>
</section>
</main>
<aside class="widgets">
<div class="w-cal">⟦l 2024年十月　一 二 三 四 五 六 日⟧</div>
<div class="w-arch"><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年十月 (5)　2024年九月 (7)　2024年八月 (4)⟧</p></div>
<div class="w-tags"><h4>⟦l 标签云⟧</h4><p>⟦l 吐司 欧包 戚风 奶油霜 打蛋器 模具 刀具⟧</p></div>
</aside>
<footer><p>⟦d 本站文字与图片均为博主原创，转载请保留出处链接。⟧</p><p>⟦m © 2024 麦香小记 · 由 WordPress 驱动⟧</p></footer>
<script>document.querySelectorAll('.entry-content img').forEach(function(i){i.loading='lazy'});</script>
</body>
</html>
""",
        body="""
刚到面包房做学徒的时候，我切戚风蛋糕总是切得坑坑洼洼，蛋糕边被压扁一圈。师傅看了一眼就说：你那把是平刃刀，换锯齿的试试。
戚风蛋糕组织松软、气孔多，平刃刀往下一压，刀刃还没切开表皮，整块蛋糕先被压塌了。锯齿蛋糕刀靠的是来回拉锯，齿尖一点点把组织割开，不用往下使劲，切面自然平整。⟦l 觉得有用就点个小心心吧⟧
选锯齿蛋糕刀，我自己的经验是刀身要比蛋糕直径长五厘米以上，八寸蛋糕用三十厘米左右的刀比较顺手；齿不要太粗，细密的波浪齿切海绵类蛋糕最干净。
切的时候还有两个小窍门：一是蛋糕完全放凉再切，热的时候怎么切都会粘；二是每切一刀就用热湿布把刀擦一下，带奶油的蛋糕尤其要这样。
现在我们店里的蛋糕刀分得很清楚：锯齿刀切胚子，平刃抹刀抹奶油，塑料刀只给顾客带走用。工具用对了，手上的活就轻松一半。
""",
    ),
    dict(
        slug="blog-xiaoman-food-jar-lunch-wrapped",
        site="小满的饭盒日记 (invented personal blog)",
        style="博客",
        genre="博客文章",
        kind="article",
        form="text",
        source="http://xiaoman-fanhe.blog.cn/post/20241127",
        title="给上初中的儿子用焖烧杯带午饭，半个学期的一点心得",
        record_title="给上初中的儿子用焖烧杯带午饭，半个学期的一点心得 - 厨房碎碎念 - 小满的饭盒日记",
        date=None,
        notes="a mother's blog post hard-wrapped at 56 columns; no date (posted 昨天); a reward prompt between "
        "paragraphs; archive and comment lines at the bottom",
        wrap=56,
        indent="\u3000\u3000",
        page="""
!m 小满的饭盒日记
!m 记录一日三餐的家常日子
!m 首页 | 厨房碎碎念 | 饭盒清单 | 留言板
{T}
!m 小满 发表于 昨天 21:40　分类：厨房碎碎念　阅读(318)　评论(6)
{BODY}
!a 喜欢这篇就打赏一颗鸡蛋钱吧～
!l 上一篇：秋天的第一锅萝卜炖牛腩
!l 下一篇：孩子不爱吃青菜怎么办，我试了三个办法
!l 最新评论：芒果妈妈：谢谢分享！正想给闺女买一个
!l 归档：2024年11月(9) 2024年10月(12) 2024年9月(8)
!d 本博客文字均为原创，未经同意请勿转载到其他平台。
""",
        body="""
儿子上初一，学校中午没有食堂，开学前我犹豫了好久，最后还是给他买了一个焖烧杯。用了半个学期，把心得记一记，给同样发愁的家长参考。
先说装什么。焖烧杯最适合装带汤水的饭菜，比如番茄牛腩饭、排骨玉米粥、鸡汤面片。炒青菜放进去会焖黄，我一般另外用小盒子装凉拌菜或水果。
再说怎么装。早上我先往杯里倒满开水预热五分钟，倒掉后再装滚烫的饭菜，一定要装到八九分满，空隙越少越保温。这样六点半装杯，中午十二点打开，还是烫嘴的。
最后说清洗。杯盖的密封圈一周要拆下来洗一次，不然会有异味。有一次我忘了，儿子回来说饭有股怪味，吓得我后来再不敢偷懒。
⟦a 点击“饭盒清单”，看我这学期的全部午饭菜单⟧
半个学期下来，儿子说同学都羡慕他中午有热饭吃。当妈的累一点，看他吃得干干净净，也就值了。
""",
    ),
    dict(
        slug="wechat-yaohu-hospital-food-jar-overnight",
        site="号里存文 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="健康科普",
        kind="article",
        form="html",
        source="https://haolicunwen.com/a/yaohurmyy/20250109-3",
        title="焖烧杯“焖”了一整夜的饭菜，还能吃吗？",
        record_title=None,
        date="2025-01-09",
        notes="no title in the record: the <h1>; the account line's date taken as the page's date; a star prompt "
        "glued before the first words; 在看/阅读原文/赞赏 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>号里存文 - 公众号文章存档</title>
<script src="https://haolicunwen.com/static/hl.js"></script>
</head>
<body>
<div class="hl-bar">⟦m 号里存文 · 好文章留个底⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　耀湖区人民医院　2025年1月9日 09:30　湖北⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="wx-end"><p>⟦a 阅读原文⟧</p><p>⟦a 分享　收藏　在看 127　点赞 86⟧</p><p>⟦a 喜欢作者，赞赏一下⟧</p></div>
<div class="wx-more"><p>⟦l 往期推荐⟧</p><p>⟦l 春节聚餐，这份肠胃保护指南请收好⟧</p><p>⟦l 孩子误吞纽扣电池怎么办？⟧</p></div>
</div>
<div class="hl-note">⟦d 本页为号里存文自动存档的公众号文章，版权归原公众号所有，如需删除请联系 del@haolicunwen.com⟧</div>
<div class="hl-foot">⟦m 号里存文 haolicunwen.com　粤ICP备22041867号⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
⟦a 点击上方蓝字，把我们设为星标⟧天冷以后，消化内科门诊陆续接诊了几位吃了焖烧杯里隔夜饭菜后腹痛、腹泻的患者。焖烧杯里“焖”了一整夜的饭菜，到底还能不能吃？
先说结论：不建议吃。焖烧杯的保温能力有限，装入的食物温度会慢慢下降，十几个小时后大多已降到四五十摄氏度甚至更低，正好是很多细菌最“喜欢”的温度。
特别提醒以下三类食物不要隔夜焖：
1.米饭、米粥、米粉等淀粉类食物，容易滋生蜡样芽孢杆菌；
2.加了鸡蛋、肉末、海鲜的粥和汤；
3.木耳、银耳等泡发菌类，泡发和焖制时间都不宜过长。
⟦d 文中配图来自网络，如涉及版权请联系我们删除⟧
正确的用法是：食物烧开后趁热装杯，装满拧紧，尽量在六小时内吃完；吃不完的不要留到下一顿。如果出现呕吐、腹痛、腹泻等症状，请及时到医院就诊，就诊时告诉医生吃过哪些食物。
耀湖区人民医院消化内科门诊时间：周一至周日全天，咨询电话：0719-3326 5018。
""",
    ),
    dict(
        slug="wechat-siyuan-pledge-drying-net-text",
        site="号里存文 (invented WeChat-article mirror, text export)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haolicunwen.com/a/siyuanjd/20240422-1",
        title="文明晾晒　安全挂网——致斯园街道居民的倡议书",
        record_title="文明晾晒　安全挂网——致斯园街道居民的倡议书｜斯园街道（推送原文留存）",
        date="2024-04-18",
        date_also=["2024-04-22"],
        notes="WeChat mirror as text: the account line's date differs from the 成文日期 under the signature; "
        "a numbered list; a sentence asking readers to 关注 and 分享 as content; a 在看 prompt glued after a sentence",
        page="""
!m 号里存文 — 公众号文章存档（纯文本版）
{T}
!m 斯园街道　2024-04-22 18:05
!a 长按识别二维码，关注“斯园街道”
{BODY}
!a 在看　分享　收藏
!l 本号往期：斯园街道2024年春季爱国卫生月活动安排
!d 以上内容由号里存文自动抓取留存，版权归“斯园街道”公众号，如有异议请来信。
""",
        body="""
亲爱的居民朋友们：
阳台外挂晾衣网，方便了晾晒衣被，但年久失修的晾衣网一旦锈断坠落，就可能砸伤楼下行人。为了大家头顶上的安全，斯园街道向辖区居民发出如下倡议：
1.查一查。请各家各户检查自家阳台晾衣网的支架、螺栓和焊点，发现锈蚀、松动及时加固或更换。
2.清一清。晾衣网上不堆放花盆、纸箱、旧家具等杂物，不在晾衣网上晾晒过重的被褥、地毯。
3.收一收。大风、暴雨天气来临前，及时收回衣物，折叠式晾衣网请收起锁好。⟦a 觉得有道理，就点个“在看”⟧
4.帮一帮。楼里有独居老人的，请邻居们帮忙看一看、提个醒；需要上门帮助的，可拨打社区电话预约志愿者。
也请大家关注“斯园街道”公众号，把这份倡议分享到楼栋群里，让更多邻居看到。文明晾晒，从你我做起！
斯园街道办事处
二〇二四年四月十八日
""",
    ),
    dict(
        slug="share-hetongbang-contract-frying-pan",
        site="合同帮文档 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.hetongbang.com/doc/20815537.html",
        title="煎锅产品委托加工合同（范本）",
        record_title="煎锅产品委托加工合同（范本）【条款齐全·签约前必看】- 合同帮文档",
        date=None,
        notes="sharing page: a file-info box, a sign-in points lock, a service WeChat; a contract template with "
        "×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>煎锅产品委托加工合同（范本）【条款齐全·签约前必看】- 合同帮文档</title>
<script async src="https://hm.hetongbang.com/tj.js"></script>
</head>
<body>
<div class="hb-head"><span>⟦m 合同帮文档 · 十万份合同模板在线查⟧</span> <a>⟦a 登录｜新用户注册⟧</a></div>
<div class="hb-crumb">⟦m 合同帮 › 加工承揽 › 委托加工合同⟧</div>
<div class="hb-box">
<h1>⟦t 煎锅产品委托加工合同（范本）【条款齐全·签约前必看】⟧</h1>
<ul class="hb-info"><li>⟦m 分享者：老周说合同⟧</li><li>⟦m 文件大小：48KB⟧</li><li>⟦m 更新时间：2 个月前⟧</li><li>⟦m 下载次数：906⟧</li></ul>
<div class="hb-btns">⟦a 立即下载　加入收藏　举报⟧</div>
</div>
<div class="hb-doc">
{BODY}
</div>
<div class="hb-lock">⟦a 签到满3天可免费下载Word版，今日还差1天⟧</div>
<div class="hb-kefu">⟦w 合同定制、条款审核请加客服微信：htb_kefu08⟧</div>
<div class="hb-rel"><h3>⟦l 相关合同⟧</h3><p>⟦l 不锈钢厨具OEM加工协议⟧</p><p>⟦l 家用电器委托生产合同⟧</p></div>
<div class="hb-foot"><p>⟦d 本站模板由用户分享，仅供参考，签约前请咨询专业律师。⟧</p><p>⟦m 合同帮文档 hetongbang.com　沪ICP备20017736号-2⟧</p></div>
<script>hb.lock({need:3});</script>
</body>
</html>
""",
        body="""
委托方（甲方）：××××有限公司
受托方（乙方）：××××炊具厂
甲乙双方经友好协商，就甲方委托乙方加工不粘煎锅产品事宜，订立本合同。
第一条　加工产品。产品名称：不粘煎锅；规格型号：＿＿＿＿；数量：＿＿＿＿只；单价：＿＿＿＿元（含税）。
第二条　质量要求。乙方应按甲方确认的样品和技术要求组织生产，涂层耐磨性、附着力及手柄耐热性应符合国家相关标准，每批次出厂前提供检验报告。
第三条　原材料。锅体铝材及涂层材料由＿＿＿＿方提供，乙方不得擅自更换涂层供应商。⟦a 全文共9条，以下内容登录后可见⟧
第四条　交货。乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，运费由乙方承担。
第五条　验收。甲方收货后××日内完成验收，发现质量问题的，乙方应负责退换并承担由此产生的费用。
第六条　结算。甲方在验收合格后××日内支付货款的＿＿＿＿%，余款于＿＿＿＿个月内付清。
第七条　违约责任。乙方逾期交货的，每逾期一日按未交货物总价的＿＿＿＿‰向甲方支付违约金。
甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="share-antou-request-stirring-rods-doc",
        site="案头文档 (invented document-sharing site, text view)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.antouwendang.com/p/5531907.html",
        title="兕岭县第一小学关于购置科学课分组实验搅拌棒等器材的请示",
        record_title="兕岭县第一小学关于购置科学课分组实验搅拌棒等器材的请示.doc",
        date="2024-02-26",
        notes="file name as the record title; the request's own 联系人/电话 beside the sharing site's service WeChat; "
        "an upload notice at the top; a points prompt between paragraphs",
        page="""
!m 案头文档 — 材料找得到，写作不发愁
!d 本文档由网友“兕岭教书匠”上传，仅供学习交流，版权归原作者所有。
!m 文档类型：DOC　大小：31KB　页数：2　上传时间：半年前
!t 兕岭县第一小学关于购置科学课分组实验搅拌棒等器材的请示.doc
{BODY}
!a 下载本文档需消耗5个积分，您当前积分：0　去赚积分
!w 找不到想要的材料？添加案头小助手微信 antou_xzs 免费代找
!l 大家还在看：关于购置教学设备的请示　关于申请实验室改造经费的请示
!m 案头文档 antouwendang.com　京ICP备21030558号
""",
        indent="\u3000\u3000",
        body="""
县教育局：
我校现有学生1460人，三至六年级每周开设科学课两节。按照课程标准，溶解、过滤、结晶等分组实验需要学生亲手搅拌，但学校现有的玻璃搅拌棒只有80支，破损较多，一个班分组实验时常常四五个学生共用一支，既影响实验效果，也存在割伤隐患。
为保障科学课分组实验正常开展，我校拟购置以下器材：
1.塑料搅拌棒（食品级，长20厘米）400支；
2.玻璃搅拌棒（端头烧圆，长20厘米）120支；
3.搅拌棒收纳架40个。
⟦a 后半部分需下载查看，或开通案头VIP免积分阅读⟧
以上器材预算约4200元，拟从学校公用经费中列支。妥否，请批示。
联系人：兕岭县第一小学总务处　郑晓岚，电话：0377-6651 3092。
兕岭县第一小学
2024年2月26日
""",
    ),
    dict(
        slug="edu-mangxi-notice-food-jar-heating",
        site="芒溪县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.mangxi.gov.cn/tzgg/2024/1015/6718.html",
        title="芒溪县教育局关于规范学生自带焖烧杯午餐加热和存放管理的通知",
        record_title="芒溪县教育局关于规范学生自带焖烧杯午餐加热和存放管理的通知_教务资讯_芒溪县教育局",
        date="2024-10-12",
        date_also=["2024-10-15"],
        notes="education portal: 适老化/读屏 links, attachment download links beside the 附件 list, the bureau's "
        "contact and mailbox beside a technical-support line; a 扫码 sentence as content; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>芒溪县教育局关于规范学生自带焖烧杯午餐加热和存放管理的通知_教务资讯_芒溪县教育局</title>
<script src="/static/js/mx-edu.js"></script>
</head>
<body>
<div class="edu-top">⟦m 芒溪县教育局　立德树人 办好人民满意的教育⟧ <span>⟦a 长者助读⟧ ⟦a 读屏⟧</span></div>
<div class="edu-nav">⟦m 机构概况　教务资讯　招生考试　教师发展　政务公开⟧</div>
<div class="edu-path">⟦m 您的位置：首页 → 教务资讯 → 正文⟧</div>
<div class="edu-article">
<h2>{T}</h2>
<p class="edu-meta">⟦m 发布日期：2024-10-15　发布科室：基础教育股　阅读次数：2044⟧</p>
<div class="edu-txt">
{BODY}
</div>
<div class="edu-att"><p>⟦a 附件1：学校午餐加热点设置要求.pdf　点击下载⟧</p><p>⟦a 附件2：致家长的一封信.docx　点击下载⟧</p></div>
<p class="edu-print">⟦a 【打印文章】【关闭窗口】⟧</p>
</div>
<div class="edu-side"><h4>⟦l 最新通知⟧</h4><p>⟦l 关于做好2024年秋季学期学生资助工作的通知⟧</p><p>⟦l 芒溪县中小学教师岗位竞聘安排⟧</p></div>
<div class="edu-foot"><p>⟦m 主办：芒溪县教育局　地址：芒溪县城关镇学府路12号⟧</p><p>⟦m 网站技术支持：0398-5710 9966（工作日8:30-17:30）⟧</p><p>⟦m 豫ICP备12018473号-1⟧</p></div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
近期，部分学校反映学生自带焖烧杯午餐的数量明显增加，存在存放时间过长、就餐前无法加热等问题。为保障学生饮食安全，现就有关事项通知如下。
一、设立加热点。学生自带午餐较多的学校，要在每个年级设置至少一个加热点，配备微波炉或蒸饭柜，由生活老师或值周教师专人管理。
二、规范存放。学生到校后，焖烧杯统一放在教室后排的保温柜或指定区域，不得放在阳光直射处或暖气片上。
三、加强提醒。各校要通过家长会、家长群等方式，提醒家长焖烧杯食物“早装、热装、装满”，午饭前存放不超过六小时。家长可扫描致家长一封信上的二维码，观看焖烧杯正确使用的短视频。
四、做好登记。各校于10月25日前将加热点设置情况报县教育局基础教育股。
联系人：基础教育股　韦思源，电话：0398-5712 0631，邮箱：mxjyjjjg@163.com。
附件：1.学校午餐加热点设置要求
2.致家长的一封信
芒溪县教育局
2024年10月12日
抄送：县市场监督管理局，县卫生健康委员会。
芒溪县教育局办公室　2024年10月12日印发
""",
    ),
    dict(
        slug="edu-siling-kindergarten-plan-stirring-sticks",
        site="兕岭县教育信息网 (invented education portal, text)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.sljyxx.cn/xqjy/2025/0305/2291.html",
        title="兕岭县实验幼儿园“会变色的水”科学小实验活动方案",
        record_title="兕岭县实验幼儿园“会变色的水”科学小实验活动方案 - 幼教天地 - 兕岭县教育信息网",
        date="2025-03-03",
        notes="education site as text: decimal headings 1.1–3.2, a 发布人 line with an upload stamp only, "
        "a print/close row, a related list; the 成文日期 under the signature",
        page="""
!m 兕岭县教育信息网
!m 网站首页 ＞ 幼教天地 ＞ 园所动态
{T}
!m 发布人：实验幼儿园　上传于：2 周前　浏览：427
!a ［打印此页］　［关闭窗口］　［返回顶部］
{BODY}
!l 上一篇：兕岭县实验幼儿园2025年春季学期保教工作计划
!l 下一篇：县幼儿园“爱牙日”主题活动简讯
!m 兕岭县教育信息网　版权所有　技术支持电话：0377-6609 1188
""",
        indent="\u3000\u3000",
        body="""
1.活动目标
1.1让幼儿观察颜料在水中溶解、扩散的过程，感受颜色变化的奇妙。
1.2学习正确使用搅拌棒，做到轻轻搅、不敲杯、不放进嘴里。
2.活动准备
2.1透明塑料杯每组4个，食用色素红、黄、蓝三色。
2.2木质搅拌棒每名幼儿1支，活动前由保育员用开水烫洗并晾干；搅拌棒一端磨圆，长度12厘米，避免戳伤。
3.活动过程
3.1教师示范：在清水中滴入一滴色素，请幼儿先观察，再用搅拌棒慢慢搅动，说一说看到了什么。
3.2幼儿分组操作：把两种颜色的水倒在一起搅一搅，猜一猜会变成什么颜色，并在记录纸上涂出来。
3.3收拾整理：活动结束后，幼儿将搅拌棒放回收纳盒，由保育员统一清洗消毒，损坏的搅拌棒当天丢弃。
兕岭县实验幼儿园
2025年3月3日
""",
    ),
    dict(
        slug="oa-dongpu-cookware-minutes-pan-coating",
        site="董浦锅具有限公司协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.dpguoju.local/doc/view?id=20240819-0037",
        title="关于28厘米不粘煎锅涂层起皮问题的专题会议纪要",
        record_title="〔品控专项会〕关于28厘米不粘煎锅涂层起皮问题的专题会议纪要 - 董浦锅具协同办公",
        date="2024-08-16",
        date_also=["2024-08-19"],
        notes="OA document view: 流转记录, read count, 标为已读 button; the minutes' 时间 line is the date, the "
        "OA 发文 date differs; 时间/地点/主持/参会/记录 lines and a vote count",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔品控专项会〕关于28厘米不粘煎锅涂层起皮问题的专题会议纪要 - 董浦锅具协同办公</title>
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 董浦锅具协同办公平台⟧　⟦m 当前用户：品质部 傅一帆⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　公文流转　会议管理　知识库⟧</div>
<div class="oa-doc">
<div class="oa-head">⟦m 公文类别：会议纪要　密级：内部　发文：总经办　发文时间：2024-08-19⟧</div>
<h1>{T}</h1>
<div class="oa-ops">⟦a 标为已读　转发　归档　打印⟧</div>
<div class="oa-content">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-08-19 10:02　总经办 柯嘉　发起⟧</p>
<p>⟦m 2024-08-19 14:25　品质部 傅一帆　已阅⟧</p></div>
<div class="oa-read">⟦m 已读 37 人　未读 5 人⟧</div>
</div>
<div class="oa-foot">⟦m IT服务台分机：8009　董浦锅具有限公司信息中心⟧</div>
</body>
</html>
""",
        body="""
时间：2024年8月16日14:30
地点：公司三楼质量会议室
主持：副总经理　庞立新
参会：品质部、生产部、采购部、技术部、销售部负责人及涂装车间主任
记录：总经办　柯嘉
会议听取了品质部关于7月以来28厘米不粘煎锅客诉情况的汇报。7月至8月中旬，该型号煎锅共收到涂层起皮投诉43起，集中在6月下旬生产的三个批次。经技术部分析，主要原因是喷涂前锅体喷砂粗糙度不足，底涂附着不牢。
会议议定以下事项：
一、涂装车间自8月19日起将喷砂粗糙度检测由每班抽检两次改为每小时一次，检测记录由品质部每日复核。
二、对三个问题批次的库存产品全部封存复检，已售出产品由销售部统一办理换货。
三、采购部在9月底前完成第二家底涂材料供应商的评审。
四、关于是否暂停该型号线上销售的动议，参会人员举手表决，同意5票，反对1票，弃权1票，会议决定暂停两周，复检合格后恢复。
""",
    ),
    dict(
        slug="intranet-tianzhu-bulletin-cake-knife-injury",
        site="甜筑烘焙员工园地 (invented bakery-chain intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://home.tianzhu-bake.local/notice/2025-017",
        title="关于耀华路门店员工使用蛋糕刀割伤手指事件的通报",
        date="2025-02-17",
        notes="intranet as text: login line, 已读 count and IT line; the record's title is the title as is; "
        "the 成文日期 under the signature; a 【置顶】 tag glued before the addressee line",
        page="""
!m 甜筑烘焙员工园地
!m 您好，门店运营部 欧阳雪　｜　修改密码　｜　注销
!m 园地首页 › 制度与通报 › 安全通报
{T}
!m 发布部门：安全生产办公室　已读 211 / 未读 19
{BODY}
!a 本通报需各门店店长签收，请点击页面底部“确认已学习”
!l 相关通报：关于烤箱区烫伤事件的通报（2024年第6期）
!m 员工园地技术支持：信息部 分机 6012
""",
        indent="\u3000\u3000",
        body="""
⟦m 【置顶】⟧各门店、中央工厂：
2月13日下午，耀华路门店一名入职两个月的员工在分切生日蛋糕胚时，左手扶蛋糕的位置离锯齿蛋糕刀太近，刀具滑脱后割伤左手食指，缝合四针。经调查，该员工未按规定使用防割手套，门店也未对新员工进行刀具使用带教。
为吸取教训，现提出以下要求：
一、各门店分切蛋糕胚一律使用防割手套，锯齿蛋糕刀使用后立即清洗，放回刀具架，不得放在操作台边缘或水池中。
二、新员工上岗前须由店长或资深裱花师进行不少于两小时的刀具使用带教，考核合格后方可独立操作。
三、各区域经理本月内对所辖门店刀具存放和防护用品配备情况开展一次检查，结果报安全生产办公室。
安全生产办公室
2025年2月17日
""",
    ),
]
