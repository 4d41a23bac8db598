"""holdout248, part D: WeChat mirrors, Q&A sites, encyclopaedias, law firms and hospitals.

Written by hand for this part only; every place, person, firm, site, URL, phone and id is
invented. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wechat-weicundang-hospital-masks-when-to-change",
        site="微存档 mirror of the account 蓥城二院 (invented)",
        style="公众号镜像",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://weicundang.example.cn/a/ycey/20241218_0800",
        title="这几种情况，口罩该换了",
        record_title=None,
        date="2024-12-18",
        notes="WeChat mirror: no title in the record, the h1 holds it; a star prompt glued before the first words; "
        "a numbered list; an editor line on its own after the body; 阅读原文/在看 rows and the mirror's archive "
        "note; the account line's date is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>微存档 - 公众号文章存档</title>
<meta property="og:site_name" content="微存档">
<script src="/static/archive.js"></script>
</head>
<body>
<div class="wc-top">⟦m 微存档⟧ ⟦m 替你留住每一篇好文章⟧ <a>⟦a 搜索已存档的公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　蓥城二院　蓥城市第二人民医院　2024-12-18 08:00⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="wx-tail">⟦a 阅读原文⟧　⟦l 赞　分享　在看⟧</div>
<div class="wx-qr">⟦a 长按识别二维码，挂号缴费不用排队⟧</div>
</div>
<div class="wc-note">⟦d 本页为公众号文章的存档副本，原文可能已修改或删除，内容以原账号为准⟧</div>
<div class="wc-more"><h4>⟦l 该公众号其他存档⟧</h4><p>⟦l 冬季老人防跌倒，记住这三点⟧</p><p>⟦l 二院新开设睡眠门诊⟧</p></div>
<div class="wc-foot">⟦m 微存档 weicundang.example.cn　沪ICP备22031176号⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 戳上方蓝色小字“蓥城二院”，加个星标，推送不错过⟧天气转冷，流感等呼吸道疾病进入高发期，不少市民出门又戴上了口罩。可口罩戴对了没有，什么时候该换，很多人并不清楚。呼吸内科护士长陈嘉宁提醒，出现以下几种情况，口罩就该换了：
1.口罩被打湿，或者沾上了鼻涕、唾液。
2.口罩变形，鼻梁条压不紧，边缘漏气。
3.普通医用外科口罩连续佩戴超过4小时。
4.从医院、车站等人员密集的地方回到家后。
摘口罩时要捏住耳带，不要用手碰口罩外面，用过的口罩对折后扔进垃圾桶，再用流动水洗手。
⟦m 文字：呼吸与危重症医学科　编辑：宣传科 何苗　审核：周立言⟧
""",
    ),
    dict(
        slug="wechat-weidujing-street-pledge-bamboo-basket",
        site="微读镜 mirror of the account 褙桥街道 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.weidujing.example.cn/mp/beiqiaojd/2024060501.html",
        title="提上竹篓去买菜，一起减少塑料袋",
        record_title="提上竹篓去买菜，一起减少塑料袋｜褙桥街道 - 微读镜",
        date="2024-06-05",
        notes="WeChat mirror as text: account line with the date (the page's date), a follow prompt, a 'share with "
        "friends' sentence that is content, a tip line and 往期 list",
        page="""
!m 微读镜 · 公众号文章镜像
{T}
!m 褙桥街道　2024年6月5日 07:45　蓥城
!a ↑ 轻点上方褙桥街道，关注我们
{BODY}
!a 喜欢本文，就给小编一个“在看”
!l 往期回顾
!l ▸ 褙桥街道开展端午节前食品安全检查
!l ▸ 垃圾分类，褙桥在行动
!d 微读镜仅镜像公开文章以便阅读，著作权归原公众号所有
""",
        gap=True,
        body="""
各位居民朋友：
你有多久没提着竹篓去买菜了？一只塑料袋从生产到降解要几百年，我们每天随手拎回家的塑料袋，最后大多成了垃圾。
为此，褙桥街道发出倡议：
一、买菜时带上竹篓、布袋，少用一次性塑料袋。
二、家里闲置的竹篓，可以送到各社区的“竹篓交换站”，给需要的邻居用。
三、商户主动提醒顾客自带购物袋，不主动提供超薄塑料袋。
街道将在6月15日举办“竹篓集市”，现场有老篾匠教大家修补竹篓。欢迎把这份倡议分享给亲朋好友，一起做环保的践行者。
褙桥街道办事处
2024年6月5日
""",
    ),
    dict(
        slug="qa-wendelai-answer-new-rubber-shoes-smell-no-title",
        site="问得来 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendelai.example.cn/q/3308172.html",
        title="新买的胶鞋橡胶味很重，怎么去除？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question holds it; adopted-answer badge, vote bar, more "
        "answers; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>新买的胶鞋橡胶味很重，怎么去除？ - 问得来</title>
<script src="/js/qa.min.js"></script>
</head>
<body>
<header class="qa-head">⟦m 问得来⟧ ⟦m 有疑问，来问得来⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="qa-cat">⟦m 问得来 > 生活 > 鞋服⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　浏览 5,219 次⟧</p>
</div>
<div class="best-answer">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 居家小能手 · 生活达人 · 回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 有用 128　没用 3　评论 7⟧</div>
</div>
<div class="other-answers"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 网友9x7k：放冰箱冻一晚上也有用⟧</p>
<p>⟦l 跑山的人：别用香水盖，越盖越难闻⟧</p></div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 雨鞋穿久了发黄怎么办？⟧</p><p>⟦l 胶鞋开胶用什么胶水好？⟧</p></div>
<footer>⟦m 问得来 © 2024　京ICP备20047713号⟧</footer>
</body>
</html>
""",
        body="""
新胶鞋的橡胶味主要来自鞋底和鞋面胶料里残留的助剂，散掉就好了，可以试试这几个办法：
1.放在阴凉通风处晾两三天，别放在太阳下暴晒，暴晒容易让胶面老化开裂。
2.鞋里塞几包茶叶渣或者咖啡渣，吸味效果不错，隔天换一次。
3.用淘米水兑一点白醋，拿软布擦鞋面和鞋里，再晾干。
4.着急穿的话，可以在鞋垫下面垫一张报纸，穿一天换一张。
如果放了一个星期味道还很冲，甚至刺鼻、熏眼睛，建议去退换，可能是胶料不合格。
""",
    ),
    dict(
        slug="qa-zhifou-answer-dorm-bedsheets-junk",
        site="知否问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.zhifouwenda.example.cn/question/88017",
        title="宿舍床单多久洗一次合适？",
        record_title="【生活】宿舍床单多久洗一次合适？求解答 - 知否问答",
        date=None,
        notes="Q&A as text with forum-style junk (a line and a glued run); 昨天 is no date; follow and invite "
        "buttons, more answers",
        page="""
!m 知否问答 — 知道的，都在这儿
!t 【生活】宿舍床单多久洗一次合适？求解答
!m 提问于 昨天　｜　12 个回答　｜　被浏览 3,408 次
!a ＋关注　✉邀请别人来答
!m 最佳回答　来自 大学宿管阿姨
{BODY}
!l 赞同 256　·　反对　·　收藏
!l 查看全部 12 个回答 ›
!m 知否问答 zhifouwenda.example.cn
""",
        junk=dict(lines=1, glued=1),
        body="""
我在学校宿管岗位干了八年，说说我的建议。
一般来说，床单两周洗一次比较合适。夏天出汗多，最好一周洗一次；冬天可以放宽到两到三周。
床单上看不见的东西其实不少：皮屑、汗渍、头发，时间长了还会滋生螨虫，有过敏性鼻炎或者皮肤容易痒的同学，更要勤换勤洗。
洗的时候用40度左右的温水，加洗衣液浸泡半小时再洗，洗完一定要拿到太阳下晒透。宿舍阳台晒不下的，可以用学校的洗衣房烘干。
建议准备两套床单轮换，换下来就洗，不要堆在桶里放好几天。
""",
    ),
    dict(
        slug="encyclopedia-wushi-entry-douli-infobox",
        site="物识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wushi.example.cn/item/斗笠/10482",
        title="斗笠",
        record_title="斗笠（传统遮阳挡雨用具）_物识百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after "
        "sentences, references list; the entry name opens the body (the repeated title matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>斗笠（传统遮阳挡雨用具）_物识百科</title>
<link rel="stylesheet" href="/static/wiki.css">
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="wk-top">⟦m 物识百科⟧ ⟦m 认识身边每一样东西⟧ <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="wk-tabs">⟦a 编辑词条　讨论区　历史版本⟧</div>
<div class="wk-main">
<h1 class="wk-title">{T}</h1>
<div class="wk-sub">⟦m 传统遮阳挡雨用具⟧</div>
<div class="wk-infobox">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 斗笠⟧</dd></dl>
<dl><dt>⟦m 别　名⟧</dt><dd>⟦m 笠帽、竹笠⟧</dd></dl>
<dl><dt>⟦m 主要材料⟧</dt><dd>⟦m 竹篾、竹叶、油纸、桐油⟧</dd></dl>
</div>
<div class="wk-toc">⟦l 目录　1 形制　2 制作　3 民俗⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="wk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 南方竹编器物图录．箢山：箢山文艺出版社，2019⟧</p><p>⟦l [2] 雨具民俗小考．蓥城民俗，2021（3）⟧</p></div>
<div class="wk-stat">⟦m 词条浏览 6,307 次　最近更新：5 天前⟧</div>
</div>
<footer class="wk-foot">⟦d 物识百科词条由网友协作编写，内容仅供参考，不构成任何专业建议⟧</footer>
</body>
</html>
""",
        body="""
斗笠是一种用竹篾编成、用来遮阳挡雨的帽子，在我国南方农村使用广泛，渔民、农民下田出海时常戴。⟦l [1]⟧
形制
斗笠多为圆锥形，顶尖檐宽，直径一般在45至60厘米之间。笠内有一圈篾编的头箍，有的还系有绳带，可以系在下巴上防止被风吹落。
制作
传统斗笠分内外两层篾编，中间夹竹叶、笋壳或油纸，外层刷桐油防水。一顶斗笠要经过劈篾、编骨、夹叶、合顶、上油等工序，熟练的匠人一天能编三四顶。⟦l [2]⟧
民俗
在一些地方，新娘出嫁时要戴一顶新斗笠，寓意遮风挡雨、日子平安。
""",
    ),
    dict(
        slug="encyclopedia-weihu-entry-disposable-mask-section-edit",
        site="卫护百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.weihubaike.example.cn/wiki/yicixing-yiyong-kouzhao",
        title="一次性使用医用口罩",
        record_title="一次性使用医用口罩 - 防护用品词条 - 卫护百科",
        date=None,
        notes="entry as text: an 'edit this section' link glued to a section heading, a contents line, an update "
        "stamp (no date) and an example standard number; no date",
        page="""
!m 卫护百科 > 防护用品 > 口罩
{T}
!m 本词条由卫护百科编辑组审阅　｜　更新于 4 天前
!l 目录：定义 / 结构 / 适用范围 / 使用注意
{BODY}
!l 同类词条：医用外科口罩　医用防护口罩　颗粒物防护口罩
!a 发现错误？我来完善这个词条
!d 卫护百科内容仅供科普参考，用于诊疗请遵医嘱
""",
        body="""
一次性使用医用口罩是指在普通医疗环境中佩戴、用于阻隔口腔和鼻腔呼出或喷出污染物的一次性口罩。
结构
一般由口罩体、鼻夹和口罩带组成，口罩体通常为三层：外层为无纺布，中层为熔喷布过滤层，内层为亲肤无纺布。
适用范围⟦a [修改此段]⟧
适用于普通医疗环境中的一般防护，如门诊候诊、日常护理等；不适用于进行有创操作等有体液喷溅风险的场合。
使用注意
佩戴时应将有鼻夹的一侧朝上、深色面朝外，按压鼻夹使其贴合鼻梁；口罩潮湿、污染或破损时应及时更换，不得重复使用。
""",
    ),
    dict(
        slug="lawfirm-chiheng-case-hotel-bedsheets-record-date",
        site="蓥城持衡律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.chihenglaw.example.cn/case/2024/0812/261.html",
        title="酒店床单未换洗，消费者能否要求赔偿？",
        record_title="持衡说法｜酒店床单未换洗，消费者能否要求赔偿？_持衡律师事务所",
        record_date="2024-08-12",
        date="2024-08-12",
        notes="law firm: lawyer card, consult float, a 400 line, a 本文链接 block and a repost notice; date from the "
        "record; 【案情】【分析】 paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>持衡说法｜酒店床单未换洗，消费者能否要求赔偿？_持衡律师事务所</title>
<script src="/js/consult-float.js"></script>
</head>
<body>
<div class="lf-head">⟦m 蓥城持衡律师事务所⟧ ⟦m 持法之衡 · 守信之诺⟧ <span>⟦w 全国咨询热线 400-882-7065⟧</span></div>
<div class="lf-nav">⟦m 首页　律所介绍　专业领域　律师团队　案例解析　联系我们⟧</div>
<div class="lf-pos">⟦m 首页 / 案例解析 / 消费维权⟧</div>
<div class="lf-main">
<h1>{T}</h1>
<p class="lf-meta">⟦m 撰稿：庞思远律师　阅读 411⟧</p>
<div class="lf-text">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.chihenglaw.example.cn/case/2024/0812/261.html⟧</div>
<div class="lf-repost">⟦d 转载请注明出处，本文仅为普法之用，不作为具体案件的法律意见⟧</div>
</div>
<div class="lf-card"><h4>⟦m 作者律师⟧</h4><p>⟦m 庞思远　执业证号 14452202010338729⟧</p><p>⟦m 擅长：消费维权、合同纠纷⟧</p></div>
<div class="lf-float">⟦w 遇到类似问题？在线留言，律师24小时内回电⟧</div>
<div class="lf-foot">⟦m 蓥城持衡律师事务所　地址：蓥城市东湖路199号汇通大厦16层　粤ICP备20066314号⟧</div>
</body>
</html>
""",
        body="""
【案情】今年5月，市民赵女士入住蓥城某酒店，发现床单上有明显污渍和毛发，要求更换，前台以“已经换过”为由拒绝。赵女士拍照留证后退房，并投诉至市场监管部门，要求酒店退还房费并赔偿。
【分析】《旅馆业治安管理办法》及本省旅馆卫生规范均要求客房床单一客一换。酒店未按规定更换床单，提供的服务不符合约定和卫生标准，构成违约。根据消费者权益保护法，经营者提供的服务不符合要求的，消费者可以要求退款。
【结果】经调解，酒店向赵女士退还房费368元，另赔偿500元。
【律师提醒】入住时发现床单不洁，应第一时间拍照、录像，并要求前台书面确认，以便维权时举证。
""",
    ),
    dict(
        slug="lawfirm-mingzheng-letter-counterfeit-rubber-shoes",
        site="筼溪明正律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.mingzhenglaw.example.cn/wenshu/1044.html",
        title="关于停止销售仿冒“箸岭牌”胶鞋的律师函",
        date="2024-07-02",
        notes="title given by the record as is; the lawyer's own phone and mailbox in the letter beside the firm's "
        "400 consult line and a free-consult prompt; 成文日期 under the firm's name",
        page="""
!m 筼溪明正律师事务所 | 文书示范
!m 首页 > 文书示范 > 律师函
{T}
!m 发布：明正律所　浏览：236
!w 免费法律咨询：400-615-0938（工作日 9:00-18:00）
{BODY}
!w 需要起草律师函？点击这里，30分钟内律师联系您
!l 相关文书：商标侵权警告函｜催告履行合同的律师函
!m 筼溪明正律师事务所　筼溪县城南大道36号
""",
        indent="\u3000\u3000",
        body="""
缊川县兴隆鞋帽商店：
本所受箸岭县永固鞋业有限公司（以下简称“委托人”）委托，就贵店销售仿冒“箸岭牌”胶鞋一事，致函如下：
委托人依法享有“箸岭牌”注册商标专用权。经委托人调查，贵店自今年4月起销售的高帮胶鞋，鞋舌及鞋底均标有与“箸岭牌”近似的标识，足以使消费者误认。
上述行为已涉嫌侵犯委托人的注册商标专用权。请贵店自收到本函之日起立即停止销售，并于七日内与本所联系，商谈赔偿事宜。逾期不予答复的，委托人将依法追究贵店的法律责任。
承办律师：郑书涵，电话：0752-6671280，邮箱：zhengsh@mingzhenglaw.example.cn
筼溪明正律师事务所
2024年7月2日
""",
    ),
    dict(
        slug="hospital-yunxi-notice-masks-outpatient-hotlines",
        site="筼溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yxrmyy.example.cn/yygg/2025/0108/702.html",
        title="关于门急诊区域规范佩戴口罩的通知",
        record_title="【门诊通告】关于门急诊区域规范佩戴口罩的通知-筼溪县人民医院",
        date="2025-01-08",
        notes="hospital site: booking float, 24-hour and booking lines next to the infection-control office's own "
        "咨询电话 in the body; experts list; a sentence about scanning a code to book is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【门诊通告】关于门急诊区域规范佩戴口罩的通知-筼溪县人民医院</title>
<script src="/res/js/hospital.js"></script>
</head>
<body>
<div class="h-top">⟦m 筼溪县人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦w 预约挂号：0752-6620114　24小时急救：0752-6620120⟧</span></div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　院务公开⟧</div>
<div class="h-pos">⟦m 当前位置：首页 » 院务公开 » 医院公告⟧</div>
<div class="h-main">
<h2>{T}</h2>
<div class="h-meta">⟦m 发布部门：医院感染管理科　浏览次数：1,102⟧</div>
<div class="h-text">
{BODY}
</div>
<div class="h-op">⟦a 【分享】【打印】【返回列表】⟧</div>
</div>
<div class="h-side"><h4>⟦l 专家风采⟧</h4><p>⟦l 呼吸内科　主任医师　杜文谦⟧</p><p>⟦l 感染科　副主任医师　邝晴⟧</p></div>
<div class="h-float">⟦a 微信预约　免排队⟧</div>
<div class="h-foot">⟦m 筼溪县人民医院　地址：筼溪县解放路1号　粤ICP备09070451号⟧</div>
</body>
</html>
""",
        body="""
各位患者及家属：
近期流感等呼吸道传染病进入高发期。为减少交叉感染，保护患者和医务人员健康，自2025年1月10日起，进入我院门诊、急诊、发热门诊区域的人员须规范佩戴口罩。
一、请全程佩戴医用外科口罩或更高防护等级的口罩，口罩应完全覆盖口鼻。
二、未带口罩的，可在门诊一楼服务台免费领取。
三、候诊时请保持一米距离，咳嗽、打喷嚏时用纸巾遮掩。
四、复诊患者可扫描门诊大厅的二维码预约分时段就诊，减少排队等候。
咨询电话：0752-6620367（医院感染管理科）
感谢您的理解与配合！
筼溪县人民医院
2025年1月8日
""",
    ),
    dict(
        slug="hospital-yingcheng-procedure-bed-unit-disinfection",
        site="蓥城市第三人民医院 (invented)",
        style="医院官网",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.ycsy3.example.cn/hlb/zhidu/336.html",
        title="住院病区床单位终末消毒操作规程",
        record_title="【护理质控】住院病区床单位终末消毒操作规程（院内试行稿）",
        date=None,
        notes="nursing procedure with decimal headings 1.1–3.2; hospital chrome above and below; an applies-from "
        "clause only (no date)",
        page="""
!m 蓥城市第三人民医院 · 护理部
!m 首页 > 护理部 > 制度规范
{T}
!m 来源：护理部　浏览：760
!a [打印本页]　[转发]
{BODY}
!m 门诊咨询：0752-2608811　医院总机：0752-2608000
!l 上一篇：住院患者跌倒预防护理规范
!l 下一篇：静脉输液操作规程
!d 本站护理制度仅供本院职工学习使用
""",
        body="""
1 目的
1.1 规范患者出院、转科或死亡后床单位的清洁消毒，防止交叉感染。
2 操作步骤
2.1 撤下床单、被套、枕套，放入污衣袋，扎紧袋口送洗衣房；被血液、体液污染的床单放入黄色医疗废物袋。
2.2 用床单位臭氧消毒机对床垫、枕芯、棉被消毒30分钟。
2.3 用含有效氯500mg/L的消毒液擦拭床头柜、床栏、呼叫器，作用30分钟后用清水擦净。
3 质量要求
3.1 铺好的床单应平整、无皱褶、无污迹，四角包紧。
3.2 终末消毒完成后在登记本上记录时间和操作人。
本规程自发布之日起执行。
""",
    ),
]
