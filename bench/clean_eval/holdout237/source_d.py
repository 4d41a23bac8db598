"""holdout237, part D: WeChat mirrors, Q&A sites, encyclopaedias, search-cache snapshots and
print views. Every page, site, place, person and number is invented."""

CASES = [
    dict(
        slug="wechat-huangyang-power-gloves-three-checks",
        site="微信推文备份站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wx.tuiwenbeifen.com/a/hyg_power/20240409_01.html",
        title="绝缘手套使用前，这三步检查不能少",
        record_title="绝缘手套使用前，这三步检查不能少 ｜ 艎阳供电 · 微信推文备份",
        date="2024-04-09",
        notes="WeChat mirror: a follow prompt glued before the first words, 原创 mark, 阅读原文/在看/赞 rows, "
        "a QR line; the account line's date is the page's date; a numbered list; 转给身边的电力人 stays in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>绝缘手套使用前，这三步检查不能少 ｜ 艎阳供电 · 微信推文备份</title>
<meta property="og:title" content="绝缘手套使用前，这三步检查不能少">
</head>
<body>
<div class="mirror-top">⟦m 微信推文备份站 · 好文章不怕删⟧ <a>⟦a 搜索公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 安监部小安⟧</span> <span>⟦m 艎阳供电⟧</span> <span>⟦m 2024-04-09 18:30⟧</span> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tool">⟦a 阅读原文⟧ ⟦m 阅读 4721⟧ ⟦a 赞 96⟧ ⟦a 在看 37⟧</div>
<div class="rm-qr">⟦a 长按识别二维码，关注艎阳供电⟧</div>
</div>
<div class="mirror-side">
<p>⟦l 该号往期：春检期间，这些停电计划请留意⟧</p>
<p>⟦l 该号往期：电动车充电的六个误区⟧</p>
</div>
<div class="mirror-foot">⟦d 本站仅对公开推文做备份，版权归原公众号所有⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“艎阳供电”，设为星标不迷路⟧一副合格的绝缘手套，是电力作业人员与带电体之间的最后一道屏障。每次使用前，请做好以下三步检查：
1.看外观。检查手套表面有无划痕、裂纹、气泡、发黏或发脆，内侧有无潮湿。
2.查标签。确认电压等级与作业电压相符，试验合格证在有效期内，超过六个月未试验的不得使用。
3.做充气。从手套口部向指尖卷起，把空气挤到手指部位，轻压观察有无漏气声，也可以贴近脸颊感受是否有气流。
检查合格后，再套上防护手套，把袖口压在绝缘手套外面，就可以开始作业了。
安全无小事，转给身边的电力人看看吧。
""",
    ),
    dict(
        slug="wechat-aquatic-station-pledge-fishing-nets-no-title",
        site="公号文摘 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.gonghaowenzhai.cn/hyyz/2024030201.html",
        title="致全县垂钓爱好者和沿河群众的倡议书",
        record_title=None,
        date="2024-03-01",
        date_also=["2024-03-02"],
        notes="no title in the record: the title line on the page; the account line's date differs from the "
        "pledge's own date; follow and share sentences stay in the body; 在看/留言 rows",
        page="""
!m 公号文摘 | 每日更新的公众号文章
{T}
!m 艎阳渔政　2024-03-02 07:45　发表于湖南
!a 👆关注我们，第一时间获取渔政资讯
{BODY}
!m 来源：艎阳县水产技术推广站
!m 编辑：小鱼　校对：阿清　审核：周站长
!a 分享　收藏　在看 58　赞 112
!l 写留言：
!l 渔乐人生：支持！禁渔期我们钓友都自觉
!d 公号文摘转载的文章仅供阅读，如涉及版权请联系删除
""",
        body="""
全县垂钓爱好者和沿河群众朋友们：
3月1日起，我县艎江流域进入禁渔期。为保护鱼类繁殖，维护河湖生态，我们向大家发出如下倡议：
一、自觉遵守禁渔规定，不在禁渔区使用任何渔网、地笼下河捕捞。
二、不购买、不使用“绝户网”“电捕器”等违规渔具，发现售卖的及时举报。
三、主动清理河边的废弃渔网和钓线，不让它们成为伤害鸟类和鱼类的“隐形杀手”。
四、关注“艎阳渔政”公众号，了解禁渔政策，把倡议分享给身边的亲友。
让我们携起手来，守护一江清水、一河鱼虾！
艎阳县水产技术推广站
2024年3月1日
""",
    ),
    dict(
        slug="qa-zhixing-glasses-case-mildew-question-title",
        site="知行问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhixingwenda.com/q/8820417",
        title="眼镜盒里有一股霉味怎么办？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; adopted-answer badge, vote row, more answers; "
        "answered 5 天前: no date; a numbered list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>知行问答 - 有问题，就有人答</title>
</head>
<body>
<div class="zx-top">⟦m 知行问答⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录知行⟧</a></div>
<div class="zx-crumb">⟦m 知行问答 › 生活 › 居家⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 梅雨天过后打开眼镜盒，一股霉味，眼镜还能用吗？⟧</p>
<p class="q-meta">⟦m 提问者：雨季的伞　|　浏览 3802 次⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 配镜师老乔　｜　眼镜店从业十五年　｜　回答于 5 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 有用 214　没用 3　评论 7⟧</div>
</div>
<div class="more-ans">
<h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 太阳底下晒一晒就好了，我都是这么弄的。⟧</p>
<p>⟦l 放几颗咖啡豆进去也能去味。⟧</p>
</div>
<div class="zx-rel">⟦l 相关问题：眼镜布可以用洗衣机洗吗？⟧</div>
<div class="zx-foot">⟦m © 2024 知行问答　蜀ICP备22005138号⟧</div>
</body>
</html>
""",
        body="""
眼镜盒有霉味，一般是梅雨天把没擦干的眼镜直接放进去，绒布受潮发霉了。可以按下面的办法处理：
1.把眼镜盒打开，放在通风处晾一两天，不要暴晒，以免外壳变形、胶水开裂。
2.用棉签蘸75%的酒精擦拭内衬，能去掉大部分霉点和气味。
3.在盒里放一小包干燥剂或者一小块茶包，过几天再拿出来。
如果内衬已经长了大片黑斑，建议直接换一个新盒子，几块钱的事，别让霉菌沾到镜片上。平时眼镜擦干了再放进去，霉味就不容易出现。
""",
    ),
    dict(
        slug="qa-zhixing-insulating-gloves-test-period",
        site="知行问答 (invented Q&A site, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhixingwenda.com/q/9013377",
        title="绝缘手套多久要做一次试验？过期了还能用吗？",
        record_title="绝缘手套多久要做一次试验？过期了还能用吗？ - 知行问答",
        date=None,
        notes="Q&A text: the question repeated, answerer line with 回答于 2 天前 (no date), vote row, a related "
        "question line between paragraphs; the answer's own practice stays in the body",
        page="""
!m 知行问答 › 职场 › 电力行业
{T}
!m 追问：单位的手套标签上写的试验日期是去年的，能不能先凑合用？
!m 3 个回答　·　被浏览 1.1万 次
!m 电力老兵阿黎　配电运检班长　回答于 2 天前
{BODY}
!a 赞同 368　·　反对　·　收藏　·　举报
!l 更多回答：
!l 别凑合，上次我们班有人用过期手套被考核了。
!m 知行问答　zhixingwenda.com
""",
        body="""
按照电力安全工作规程的要求，绝缘手套的预防性试验周期是六个月，也就是半年一次。
试验内容主要是交流耐压试验和泄漏电流测量，由有资质的检测机构完成，合格后会在手套上贴试验合格证，写明试验日期和下次试验日期。
⟦l 你可能也想问：绝缘靴和绝缘手套的试验周期一样吗？⟧
超过试验周期的绝缘手套，即使外观看起来完好，也不能再用于带电作业。橡胶会随时间老化，可能已经有肉眼看不出的细微裂纹。
我们班组的做法是：在工器具柜门上贴一张表，每副手套编号，到期前半个月就安排送检，送检期间用备用手套顶上。
""",
    ),
    dict(
        slug="wiki-boshi-insulating-gloves-entry-h1",
        site="博识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.boshibaike.com/item/%E7%BB%9D%E7%BC%98%E6%89%8B%E5%A5%97",
        title="绝缘手套",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1>; edit/discuss/history tabs, an infobox, a contents box, "
        "an 'edit this section' link glued to a section heading; the entry name opens the body (head match)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>博识百科 - 人人可编辑的知识库</title>
</head>
<body>
<div class="bk-top">⟦m 博识百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="bk-tabs">⟦a 词条　讨论　修订记录　编辑⟧</div>
<div class="bk-main">
<h1>{T}</h1>
<div class="bk-sum">⟦m 本词条由“博识百科·工业安全”审核 · 最近更新：3 天前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名⟧</td><td>⟦m 绝缘手套⟧</td></tr>
<tr><td>⟦m 外文名⟧</td><td>⟦m insulating gloves⟧</td></tr>
<tr><td>⟦m 类　别⟧</td><td>⟦m 电工安全用具⟧</td></tr>
<tr><td>⟦m 试验周期⟧</td><td>⟦m 6个月⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 分类　2 使用与保管　3 试验⟧</div>
<div class="bk-content">
{BODY}
</div>
<div class="bk-ref">⟦l 参考资料：[1] 电力安全工作规程 线路部分⟧</div>
<div class="bk-stat">⟦m 词条统计　浏览：5.8万次　编辑：17次⟧</div>
</div>
<div class="bk-foot">⟦d 博识百科内容由网友共同编辑，仅供参考，不构成专业意见⟧</div>
</body>
</html>
""",
        body="""
绝缘手套是用橡胶或乳胶等绝缘材料制成的五指手套，是电工作业中保护手部免受电击的个人防护用品。
分类
按使用电压可分为低压绝缘手套和高压绝缘手套；按材料可分为天然橡胶、合成橡胶和复合材料手套。带电作业用手套通常按0级至4级划分电压等级。
使用与保管⟦a ✎修改本节⟧
使用前应进行外观检查和充气试验，使用时应将外衣袖口放入手套筒内。用后应清洁、晾干，存放在干燥、阴凉、避光处，不得与尖锐物品和油类接触。
试验
绝缘手套应定期进行耐压试验，一般周期为六个月，试验合格后方可继续使用。
""",
    ),
    dict(
        slug="wiki-boshi-gill-net-entry-text",
        site="博识百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.boshibaike.com/item/%E5%88%BA%E7%BD%91",
        title="刺网",
        record_title="刺网 - 词条详情 - 博识百科",
        date=None,
        notes="encyclopaedia text: the entry name repeated above the body (head match: it also opens the body), "
        "section headings, a reference marker glued after a sentence; an entry has no date",
        page="""
!m 博识百科 › 农业 › 渔业 › 渔具
!t 刺网 - 词条详情 - 博识百科
{T}
!m 同义词：挂网、丝网
!a 编辑　|　收藏　|　分享词条
{BODY}
!l 词条标签：渔具　渔业　水产
!m 浏览次数：9071　最近编辑：昨天
!d 词条内容仅供参考，如需专业意见请咨询渔业主管部门
""",
        body="""
刺网是由若干块网片连接成长带形、垂直设置在水域中的渔具，是渔网中使用最广泛的一类。鱼类在洄游或觅食时穿过网目，被网线刺挂或缠绕而被捕获。
结构
刺网主要由网衣、浮子纲、沉子纲、浮子和沉子组成。网衣多用尼龙单丝或复丝编结，网目大小决定了捕捞对象的规格。⟦l [1]⟧
作业方式
按作业方式可分为定置刺网、流刺网和围刺网。
管理
为保护渔业资源，我国对刺网的最小网目尺寸作出规定，多数内陆水域在禁渔期内禁止使用刺网作业。废弃刺网在水中长期残留，会持续缠挂鱼类和水鸟，被称为“幽灵渔具”。
""",
    ),
    dict(
        slug="snapshot-mihu-notice-nets-before-ban-frame",
        site="觅狐搜索 (invented search engine cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.mihu.so/c?u=http%3A%2F%2Fyzz.jiaojiang.gov.cn%2Ftz%2F20240220.html",
        title="关于禁渔期前收回在用渔网的通知",
        record_title="【旧页存档】关于禁渔期前收回在用渔网的通知 - 滘江渔政",
        date="2024-02-20",
        notes="snapshot frame: capture banner with highlighted terms and a capture time (no date), the original "
        "site's nav; the notice's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【旧页存档】关于禁渔期前收回在用渔网的通知 - 滘江渔政</title>
</head>
<body>
<div class="mh-cache-bar" style="background:#fffbe6;border:1px solid #e0c36a">
<p>⟦d 觅狐搜索为您保存的页面副本，原网页可能已更新或失效⟧</p>
<p>⟦m 副本生成于：2024年8月3日 11:07:52⟧</p>
<p>⟦m 已为您标亮的关键词：<b style="background:#ff0">收回</b> <b style="background:#0ff">渔网</b>⟧</p>
<p><a href="http://yzz.jiaojiang.gov.cn/tz/20240220.html">⟦a 打开原始链接⟧</a></p>
</div>
<div class="orig">
<div class="orig-top">⟦m 滘江县渔政站⟧ <span>⟦m 首页｜通知公告｜政策法规｜办事指南⟧</span></div>
<div class="orig-art">
<h2>{T}</h2>
<p class="orig-meta">⟦m 来源：县渔政站　点击：<span>1288</span>⟧</p>
{BODY}
</div>
<div class="orig-foot">⟦m 滘江县渔政站　地址：滘江县滨河路36号　湘ICP备16009834号⟧</div>
</div>
</body>
</html>
""",
        body="""
各渔业村、渔业合作社，各持证渔民：
根据上级关于禁渔期管理的统一部署，我县艎江流域自2024年3月1日起进入禁渔期。现就收回在用渔网有关事项通知如下：
一、2月29日24时前，所有在艎江干支流设置的刺网、地笼、定置网必须全部收回上岸，逾期未收的由执法大队依法清除。
二、各渔业村要逐户登记渔网收回情况，2月28日前报县渔政站。
三、禁渔期内渔民可将渔网集中存放在村渔具仓库，统一加锁管理。
联系人：县渔政站　彭垚　电话：0738-5120947
滘江县渔政站
2024年2月20日
""",
    ),
    dict(
        slug="snapshot-songshu-text-cache-fire-brigade-suits",
        site="松鼠快照 (invented text-only search cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="https://kz.songshu.so/text?url=www.gxxf.gov.cn/news/2024/0711/1930.html",
        title="笱溪县消防救援大队开展重型防护服穿戴比武",
        record_title="〔无图快照〕笱溪县消防救援大队开展重型防护服穿戴比武",
        date="2024-07-11",
        notes="text-only cache: capture banner and time (no date), the original page's nav and byline; the "
        "byline's 发布时间 is the date; a photo placeholder between paragraphs",
        page="""
!d 松鼠快照：这是网页的纯文字副本，图片与样式已去除
!m 副本抓取时间：2024-08-19 04:12:37
!a 查看原网页　|　关闭提示
!m 笱溪县消防救援大队 > 队伍动态
{T}
!m 发布时间：2024-07-11　来源：大队政治工作室　浏览：976
{BODY}
!l 上一条：大队开展夏季高温防暑专题教育
!l 下一条：特勤站完成新型救援装备列装
!m 笱溪县消防救援大队　报警电话：119　湘ICP备19012460号
""",
        indent="\u3000\u3000",
        body="""
7月10日，笱溪县消防救援大队在训练场组织开展重型防护服穿戴比武，全大队32名指战员参加。
⟦m [图片：指战员进行两人互助穿戴]⟧
比武设个人穿戴、两人互助穿戴和着装负重行进三个项目。个人穿戴要求在两分钟内完成防护服、空气呼吸器和安全头盔的穿戴，并通过气密检查。
“重型防护服有二十多斤，穿好以后动作会变得很笨重，平时不多练，到了现场就容易出错。”大队战训股负责人介绍。
最终，特勤站代表队获得团体第一名，指战员冉立川以1分38秒的成绩获得个人穿戴第一名。大队表示，今后将把防护装备穿戴纳入每周必训科目。
""",
    ),
    dict(
        slug="print-duanhu-platform-rules-selfie-sticks-window-print",
        site="簖湖景区官网 (invented scenic-area site, print view)",
        style="打印页",
        genre="规程",
        kind="other",
        form="html",
        source="https://www.duanhu-scenic.com/print.php?id=118",
        title="簖湖景区观景平台游览管理规定",
        record_title="（打印预排版）簖湖景区观景平台游览管理规定 ▪ 簖湖景区",
        date=None,
        notes="print view calling window.print(): print button row, the printed URL and a print time (no date), "
        "a print footer ⇱ 1/1 页 ⇱; 第N条 articles; an effective clause is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>（打印预排版）簖湖景区观景平台游览管理规定 ▪ 簖湖景区</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 🖨 开始打印⟧ ⟦a 返回原文⟧ ⟦a 纸张：A4 纵向⟧</div>
<div class="print-head">⟦m 簖湖景区管理处 · 游客服务中心⟧</div>
<h2>{T}</h2>
{BODY}
<div class="print-foot">
<p>⟦m 本页地址：https://www.duanhu-scenic.com/notice/118.html⟧</p>
<p>⟦m 打印于 2024-09-02 15:40⟧</p>
<p>⟦p ⇱ 1/1 页 ⇱⟧</p>
</div>
</body>
</html>
""",
        body="""
第一条　为保障游客安全，维护观景平台游览秩序，制定本规定。
第二条　观景平台实行限流管理，同时在平台上的游客不超过80人，高峰时段由工作人员分批引导。
第三条　游客不得攀爬、翻越护栏，不得将身体探出护栏外拍照。
第四条　长度超过一米的自拍杆、自拍架不得带上平台，可在入口寄存点免费寄存；短款自拍杆使用时不得伸出护栏。
第五条　雷雨、大风天气平台临时关闭，请游客听从工作人员指挥。
第六条　违反本规定、不听劝阻的，工作人员有权劝离平台。
第七条　本规定自2024年7月15日起施行。
""",
    ),
    dict(
        slug="print-letou-circular-drill-protective-suits-footer",
        site="埒头化工园区门户 (invented industrial-park site, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.letou-park.gov.cn/print/aqhb/2024/0527_7702.html",
        title="关于应急演练中防护服穿戴不规范问题的通报",
        record_title="【打印样张】关于应急演练中防护服穿戴不规范问题的通报",
        date="2024-05-27",
        notes="print view text: printer line and print time (no date), a print footer "
        "〔页 1 ⧸ 共 1〕 closing it; a numbered problem list; 成文日期 under the signature",
        page="""
!a 打印本页　|　关闭窗口　|　另存为PDF
!m 埒头化工园区管理委员会 · 安全环保局
!m 打印时间：2024-06-03 09:12　打印人：访客
{T}
{BODY}
!m 原文链接：http://www.letou-park.gov.cn/aqhb/2024/0527_7702.html
!p 〔页 1 ⧸ 共 1〕
""",
        indent="\u3000\u3000",
        body="""
园区各企业：
5月22日，园区组织开展危险化学品泄漏应急演练。从现场情况看，多数企业应急小组行动迅速、处置规范，但也暴露出防护服穿戴方面的一些问题，现通报如下：
一、2家企业的应急队员穿着的防护服已超过有效期，面料出现老化发黄。
二、3名队员未按要求将手套压在防护服袖口外，拉链外的防风盖未粘合。
三、1家企业未配备洗消用品，队员撤离后直接在现场脱卸防护服。
请各企业对照问题，于6月10日前完成防护服清查更换和全员穿脱培训，整改情况书面报管委会安全环保局。
埒头化工园区管委会
2024年5月27日
""",
    ),
]
