"""holdout304, part C: Q&A sites, personal collections, Party-building portals, hospital
and university sites (each once as HTML and once as text). Every case written by hand.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenxuntai-homestay-key-lockbox-question",
        site="问询台 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenxuntai.com/question/7741302.html",
        title="民宿门口的密码钥匙盒安全吗？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title (its description a neutral line); an adopted-answer badge, a vote bar, more answers below; relative answer time (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问询台</title>
<script>window.__Q={qid:7741302}</script></head><body>
<div class="wx-top"><a>⟦m 问询台⟧</a> <span>⟦m 有问题，来问询⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录｜注册问询号⟧</a></div>
<div class="wx-crumb">⟦m 问询台 › 生活 › 出行住宿⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">下个月去外地住民宿，房东说不见面入住，钥匙放在门口的密码盒里，这样靠谱吗？</p>
<p class="q-meta">⟦m 提问者：橘子汽水　　浏览 2,306　　关注 41⟧</p></div>
<div class="answer best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="a-user">⟦m 门锁师傅老汪　　锁具行业 12 年　　回答于 3天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-vote">⟦l 有用 318　没用 6　评论 14⟧ <a>⟦a 分享这个回答⟧</a></div></div>
<div class="more"><h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 爱旅行的阿木：我住过几次，没出过事，主要看房东会不会换密码。⟧</p>
<p>⟦l 匿名用户：建议选有前台的。⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><p>⟦l 智能门锁的临时密码会被复制吗？⟧</p><p>⟦l 出门旅游家里钥匙放哪里最安全？⟧</p></aside>
<footer>⟦d 回答内容仅代表答主个人观点，不构成专业建议。⟧ ⟦m ©2025 问询台　苏ICP备21066102号⟧</footer>
</body></html>
""",
        body="""
密码钥匙盒本身不算危险，关键看房东怎么用。我装过、也开过不少这种盒子，说几点经验：
1.看密码换不换。靠谱的房东每来一批客人就换一次密码，入住前一天才发给你。要是密码一直是“1234”“0000”这种，就得小心。
2.看盒子挂在哪。挂在门把手上、楼道里谁都看得见的，被撬的风险大；装在门框内侧或者带锁的电表箱里，相对安全些。
3.入住后把钥匙留在身上，别再放回盒子里，退房时再按房东要求放回。
另外，进门后先检查一下门窗锁是否完好，有条件的带一个便携门阻器，心里更踏实。
""",
    ),
    dict(
        slug="qa-jiaju-tile-wall-coat-hook-no-drill",
        site="家居问问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://m.jiajuwenwen.cn/q/2025/332190",
        title="瓷砖墙上不打孔怎么装衣帽钩？",
        record_title="瓷砖墙上不打孔怎么装衣帽钩？ - 家居问问",
        date=None,
        notes="Q&A as text: the question title with a site suffix, an answerer line with a relative time, the vote row and further answers; a product-ad line between the answer's paragraphs (no date)",
        page="""
!m 家居问问 · 装修收纳问答
{T}
!m 3 个回答　·　被浏览 5120 次
!m 最佳答案　|　收纳师小满　|　回答时间：前天 20:41
{BODY}
!l 赞同 96　·　反对　·　收起
!l 更多回答（2）
!l 装修老李：贴瓷砖前预埋最好，已经贴好了就用粘的吧
!a 打开家居问问APP，提问免费找设计师
!m 家居问问 jiajuwenwen.cn
""",
        body="""
瓷砖墙不想打孔，可以用免钉胶或者无痕贴来装衣帽钩，我家卫生间和玄关都是这么装的。
具体做法：先用酒精把瓷砖擦干净、晾干，在衣帽钩底座背面涂一圈免钉胶，按在墙上用力压30秒，再用美纹纸临时固定，24小时后再挂东西。
⟦a 同款免钉胶点这里，领券立减5元⟧
需要注意两点：一是瓷砖缝上不要粘，要粘在整块砖面上；二是单个钩子别挂太重，挂浴巾、帽子、包没问题，厚大衣最好还是打孔装。
""",
    ),
    dict(
        slug="collection-jiaoshouyi-memoir-fathers-ladder-gb2312",
        site="焦守义文集·廊下杂记 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.jiaoshouyi.net/langxia/05.htm",
        title="父亲的竹梯",
        record_title="〔廊下杂记·之五〕父亲的竹梯 — 焦守义文集",
        date=None,
        notes="old gb2312 table layout of a retired teacher's collection: chapter links, 繁体/简体 links, a visitor counter, the author's mailbox; a 写于 line with a season only (no date); a photo placeholder between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔廊下杂记·之五〕父亲的竹梯 — 焦守义文集</title>
<style type="text/css">td{font-size:14px;line-height:180%}</style>
</head><body bgcolor="#f5efe0">
<table width="760" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td colspan="2" align="center"><font size="5" face="楷体_GB2312">⟦m 焦守义文集⟧</font><br>⟦m 一个乡村教师的四十年⟧</td></tr>
<tr><td colspan="2" align="right">⟦a <a href="#">繁體</a> | <a href="#">简体</a>⟧　⟦m <a href="/">回文集目录</a>⟧</td></tr>
<tr><td width="150" valign="top" bgcolor="#e8dcc0">
<b>⟦l 廊下杂记⟧</b><br>⟦l 之一　老屋⟧<br>⟦l 之二　井台⟧<br>⟦l 之三　母亲的纺车⟧<br>⟦l 之四　铗口渡⟧<br>⟦l 之五　父亲的竹梯⟧<br>⟦l 之六　祠堂里的学堂⟧
</td>
<td valign="top">
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 焦守义⟧</p>
{BODY}
<p align="center">⟦l ‹ 之四　铗口渡⟧　　⟦l 之六　祠堂里的学堂 ›⟧</p>
</td></tr>
<tr><td colspan="2" align="center"><hr size="1">
⟦m 来信请寄：jiaoshouyi1948@163.com⟧<br>
⟦d 文集文字均为作者原创，引用请注明出处。⟧<br>
⟦m 自2009年3月起　您是第 048127 位读者⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲有一架竹梯，是他三十岁那年自己上山砍竹子做的。梯帮用的是两根碗口粗的老毛竹，横档一共十一根，每一根都是他用篾刀一点点削出来的。
那架竹梯在我家用了整整四十年。春天父亲架着它上房捡瓦，秋天架着它摘院子里的柚子，冬天腌好的腊肉也是踩着它挂到梁上去的。
⟦m ［此处原有照片一幅：竹梯靠在老屋檐下］⟧
我十岁那年偷偷爬上去掏鸟窝，一脚踩空摔了下来，父亲没有骂我，只是第二天在每根横档上都缠了一圈稻草绳。他说，脚下有了抓手，人就不容易滑。
后来父亲老了，爬不动了，那架竹梯就一直靠在屋檐下。如今老屋要拆，我把它搬回了城里，立在阳台的角落。
二〇二四年秋，写于铗口老屋
""",
    ),
    dict(
        slug="collection-shiguang-essay-mending-vanity-box-oneline",
        site="拾光文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shiguangwencun.net/ji2/17.html",
        title="修一只旧梳妆盒",
        record_title="《拾光文存》第二辑·修一只旧梳妆盒",
        date=None,
        notes="a personal collection as text, the whole essay on one line (paragraphs apart only by their indent); chapter links and a visitor line; no date",
        page="""
!m 拾光文存 · 第二辑 · 手边的旧物
!t 《拾光文存》第二辑·修一只旧梳妆盒
!m 字数 386　　收入本辑于 2 个月前
{BODY}
!l ← 第16篇　搪瓷脸盆　　｜　　第18篇　竹壳暖水瓶 →
!l 返回第二辑目录
!m 本页已被翻阅 1129 次
!d 拾光文存所收文字，未经作者同意请勿转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
去年秋天，我在旧货市场花三十块钱买回一只旧梳妆盒。盒子是杉木的，外面刷着枣红色的漆，漆皮已经起翘，镜子也裂了一道缝。
我先用软布蘸温水把盒子里外擦干净，再拿细砂纸顺着木纹把起翘的漆皮一点点磨掉。磨到后来，盒盖上露出几个浅浅的字，是“百年好合”，原来这是谁家的陪嫁。
镜子是找玻璃店的师傅按原样切的，花了十五块。盒子重新上了两遍清漆，没有再刷红漆，我想留着那几个字。
现在它放在我的书桌上，里面装着钢笔、印泥和几枚旧邮票。每次打开盒盖，我都会想，当年那个新嫁娘，是不是也在这面镜子前梳过头。
""",
    ),
    dict(
        slug="party-xiaoyang-summary-hangers-sanitation-stations",
        site="洨阳机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.xyjgdj.gov.cn/zbfc/202509/t20250928_11872.html",
        title="市机关事务局第二党支部为环卫工人驿站配置挂衣架志愿服务活动总结",
        record_title="【党员志愿行】市机关事务局第二党支部为环卫工人驿站配置挂衣架志愿服务活动总结_洨阳机关党建网",
        date="2025-09-26",
        date_also=["2025-09-28"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a data table; the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【党员志愿行】市机关事务局第二党支部为环卫工人驿站配置挂衣架志愿服务活动总结_洨阳机关党建网</title>
<script src="/js/djw-common.js"></script></head><body>
<div class="dj-banner">⟦m 洨阳机关党建网⟧ <span>⟦m 中共洨阳市直属机关工作委员会主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 工委要闻⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋榜样⟧</li></ul>
<div class="dj-loc">⟦m 位置：首页 → 支部风采⟧</div>
<h1>{T}</h1>
<div class="dj-meta">⟦m 来源：市机关事务局　更新日期：2025-09-28　浏览次数：603⟧</div>
<div class="dj-points">⟦a 阅读满3分钟可获学习积分1分⟧</div>
<div class="dj-content">
{BODY}
</div>
<div class="dj-qr">⟦a 手机扫码，随时随地读党建⟧</div>
<div class="dj-rel"><h4>⟦l 支部风采·推荐⟧</h4><p>⟦l 市档案馆党支部开展“档案进社区”主题党日⟧</p><p>⟦l 市财政局机关党委举办青年理论沙龙⟧</p></div>
<div class="dj-foot">⟦m 洨阳机关党建网版权所有　湘ICP备12003917号-4⟧</div>
</body></html>
""",
        body="""
为践行“我为群众办实事”，8月至9月，市机关事务局第二党支部组织党员志愿者为城区环卫工人驿站配置挂衣架。现将活动情况总结如下。
一、基本情况
支部21名党员分成4个小组，先后走访城区12个环卫工人驿站，了解到多数驿站没有挂衣设施，环卫工人换下的工作服只能搭在椅背上。
二、主要做法
党员自愿捐款采购落地挂衣架和墙面挂衣钩，利用周末上门安装。
驿站名称　挂衣架（个）　挂衣钩（个）
建设路驿站　2　10
河西驿站　1　8
三、活动成效
活动共配置挂衣架16个、挂衣钩94个，环卫工人有了挂衣服的地方。
机关事务局第二党支部
2025年9月26日
""",
    ),
    dict(
        slug="party-jishan-report-village-secretary-ladder-coop",
        site="髻山党建 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.jishandangjian.cn/szbg/2025/0120/4410.html",
        title="祁家坳村党支部书记2024年度抓基层党建工作述职报告",
        record_title="【述职亮账】祁家坳村党支部书记2024年度抓基层党建工作述职报告（村级范本）",
        date="2025-01-15",
        notes="a Party site as text: the 成文日期 in Chinese numerals; a study prompt between paragraphs; the column and the decorated title repeated at the top",
        page="""
!m 髻山党建 — 髻山县委组织部主办
!m 首页 ＞ 述职评议 ＞ 村（社区）书记述职
!t 【述职亮账】祁家坳村党支部书记2024年度抓基层党建工作述职报告（村级范本）
!m 录入：组织科　　2025年01月20日　　【字体：大 中 小】
{BODY}
!a 【打印文章】【关闭窗口】
!l 上一篇：铗口镇党委书记2024年度抓基层党建工作述职报告
!l 下一篇：珮园社区党委书记抓党建述职报告
!m 髻山县委组织部　地址：髻山县城关镇人民路1号
""",
        indent="\u3000\u3000",
        body="""
2024年，我带领村党支部班子围绕“党建带产业”，把村里的竹梯编织手艺做成了集体增收的产业。现将抓基层党建工作情况报告如下。
一、主要做法
一是支部领办合作社。支部牵头成立竹梯编织专业合作社，吸收村民入社56户，统一收购、统一销售。
⟦a 学习强国积分提醒：本文阅读计入“党建学习”栏目⟧
二是党员带头学手艺。组织9名党员跟老篾匠学编竹梯，带动青年返乡跟学12人。
三是打开销售渠道。与县供电公司、周边果园签订供货协议，全年卖出竹梯4200架，村集体增收18.6万元。
二、存在问题
合作社管理还不够规范，年轻篾匠的手艺还不过关。
三、下一步打算
2025年，村支部将申请竹梯地方标准试点，让祁家坳竹梯走得更远。
祁家坳村党支部书记　焦明远
二〇二五年一月十五日
""",
    ),
    dict(
        slug="hospital-xiaoyang-mental-notice-safety-coat-hooks",
        site="洨阳市精神卫生中心 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xyjwzx.cn/ywgk/tzgg/2025/0528/3307.html",
        title="关于病区衣帽钩统一更换为安全型挂钩的通知",
        record_title="关于病区衣帽钩统一更换为安全型挂钩的通知-院务公开-洨阳市精神卫生中心",
        date="2025-05-27",
        notes="hospital site: a booking float and a 24-hour line, an experts list in the sidebar; the notice's own department phone next to the hospital's booking line; the signature date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于病区衣帽钩统一更换为安全型挂钩的通知-院务公开-洨阳市精神卫生中心</title>
<script src="/js/xyjw.min.js"></script></head><body>
<div class="hos-top">⟦m 洨阳市精神卫生中心⟧ <span>⟦m 洨阳市第五人民医院⟧</span> <span>⟦m 心理援助热线（24小时）：0736-96525⟧</span></div>
<ul class="hos-nav"><li>⟦m 首页⟧</li><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="hos-loc">⟦m 首页 ▸ 院务公开 ▸ 通知公告⟧</div>
<h2>{T}</h2>
<div class="hos-meta">⟦m 发布者：总务科　日期：2025-05-28　访问量：389⟧</div>
<div class="hos-art">
{BODY}
</div>
<div class="hos-side"><h4>⟦l 专家门诊⟧</h4><p>⟦l 周一　刘颂平　主任医师　睡眠障碍⟧</p><p>⟦l 周三　温以宁　副主任医师　儿童心理⟧</p></div>
<div class="hos-float">⟦a 在线预约挂号⟧<br>⟦w 预约电话 0736-8312000⟧</div>
<div class="hos-foot">⟦m 地址：洨阳市鬏城区东湖路17号　湘ICP备18030214号⟧</div>
</body></html>
""",
        body="""
各病区、各科室：
为进一步消除病区安全隐患，经院务会研究，决定将全院病区内的衣帽钩统一更换为安全型挂钩。现将有关事项通知如下：
一、更换范围：住院部1至6病区病房、卫生间、活动室内的全部衣帽钩，共计486个。
二、更换标准：新挂钩承重超过规定重量时会自动脱落或折叠，钩体无尖角，安装螺丝全部隐藏。
三、时间安排：6月1日至6月20日分病区进行，更换期间请护士长提前安排好患者活动。
四、其他要求：各病区不得自行加装挂钩、挂绳等设施，发现后立即拆除。
联系人：总务科　邵立群　电话：0736-8312246
洨阳市精神卫生中心
2025年5月27日
""",
    ),
    dict(
        slug="hospital-jishan-tcm-article-ladder-fall",
        site="髻山县中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.jszyy.cn/kpzl/gskp/1209.html",
        title="从竹梯上摔下来，先别急着扶起来",
        record_title="【骨伤科普】从竹梯上摔下来，先别急着扶起来 - 髻山县中医院",
        date=None,
        notes="a hospital's health article as text: an 'updated' stamp (no date), a booking line and a 24-hour emergency line, a consult prompt between paragraphs; 120 as content",
        page="""
!m 髻山县中医院　骨伤科
!m 健康科普 ＞ 骨伤科普
!t 【骨伤科普】从竹梯上摔下来，先别急着扶起来
!m 作者：骨伤科　吴平川　　更新于 6 天前　　阅读 2214
{BODY}
!l 相关科普：腰扭伤后热敷还是冷敷？｜老人跌倒后怎么起身
!w 骨伤科门诊预约：0739-6688120　　急诊（24小时）：0739-6688999
!m 髻山县中医院　版权所有
""",
        body="""
秋收时节，果园摘果、屋顶晒粮都离不开竹梯，骨伤科每年这个时候都会接诊不少从梯子上摔下来的病人。
人从两三米高的竹梯上摔下来，最怕伤到脊柱。如果摔倒的人感觉腰背剧痛、手脚发麻或者动不了，旁边的人千万不要急着把他扶起来，更不要背着、抱着送医院，以免加重脊髓损伤。
⟦w 家里老人摔伤了拿不准？在线问骨伤科医生，回复快⟧
正确的做法是：让伤者保持原来的姿势平躺，不要随意搬动，立即拨打120；如果只是手腕、脚踝扭伤，可以先冰敷，再到医院拍片检查。
最后提醒大家，上竹梯前检查横档是否牢固，梯脚放稳，最好有人在下面扶着。
""",
    ),
    dict(
        slug="university-xiaoyang-tech-news-smart-key-box-h1",
        site="洨阳理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xylg.edu.cn/info/1032/20871.htm",
        title="后勤处为实验楼配置智能钥匙盒",
        record_title=None,
        record_date="2025-10-20",
        date="2025-10-20",
        notes="no record title: the h1 holds it; the record gives the date; a dotted date and a 文/图/审核 line glued after the last paragraph; a photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>洨阳理工学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="u-head">⟦m 洨阳理工学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a></div>
<ul class="u-nav"><li>⟦m 理工要闻⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 媒体理工⟧</li><li>⟦m 校园影像⟧</li></ul>
<div class="u-loc">⟦m 当前位置：首页 » 院部动态 » 正文⟧</div>
<h1>{T}</h1>
<div class="u-meta">⟦m 2025.10.20　点击：<span id="dynclicks">1046</span>⟧</div>
<div class="u-content">
{BODY}
</div>
<div class="u-pn">⟦l 上一条：机械学院举办第九届大学生工程训练竞赛⟧<br>⟦l 下一条：图书馆开展新生入馆教育⟧</div>
<div class="u-foot">⟦m 版权所有©洨阳理工学院　党委宣传部主办⟧<br>⟦m 地址：洨阳市鬏城区学府路6号⟧</div>
</body></html>
""",
        body="""
为解决实验室钥匙借还难、丢失多的问题，近日，后勤处在第二实验楼一楼大厅安装了智能钥匙盒，全楼86间实验室的钥匙全部存放其中。
师生凭校园卡刷卡取用钥匙，系统自动记录取用人和时间；钥匙超过规定时间未归还，系统会向取用人发送提醒。
⟦m 图为学生刷卡取用实验室钥匙。⟧
后勤处负责人介绍，过去实验楼钥匙由值班室人工登记借还，夜间和周末借钥匙很不方便。智能钥匙盒启用后，师生24小时都能按权限取用钥匙，值班人员也从登记工作中解放出来。下一步，后勤处将在其他教学楼推广。⟦m （文/图：程雨菲　审核：宋嘉言）⟧
""",
    ),
    dict(
        slug="university-xiaoyang-normal-notice-dorm-hangers",
        site="洨阳师范高等专科学校 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sgzx.xysz.edu.cn/tzgg/2025/0611/2207.htm",
        title="关于毕业生离校统一回收废旧挂衣架的通知",
        record_title="关于毕业生离校统一回收废旧挂衣架的通知-宿管中心-洨阳师专",
        date="2025-06-10",
        notes="a university department page as text: 扫码登记 as content; a dorm schedule table; the signature date; a visitor counter and a footer",
        page="""
!m 洨阳师范高等专科学校　学生宿舍管理中心
!m 首页 | 中心概况 | 通知公告 | 办事指南 | 下载专区
!m 通知公告
{T}
!m 发布人：宿管中心　发布日期：2025-06-11　点击：892
{BODY}
!a 【打印本页】　【关闭】
!m 宿管中心值班电话：0736-8257010
!m Copyright © 洨阳师范高等专科学校学生宿舍管理中心
""",
        body="""
各二级学院、2025届毕业生：
毕业生离校时留下的挂衣架数量多，往年大多被当作垃圾丢弃。为节约资源，宿管中心决定在毕业生离校期间统一回收废旧挂衣架。现将有关事项通知如下：
一、回收时间和地点
宿舍区　时间　地点
东区1—6栋　6月20日至22日　东区宿管站门口
西区7—12栋　6月23日至25日　西区洗衣房门口
二、回收要求。挂衣架请按塑料、金属、木质分类捆好，交回时扫描回收点的二维码登记宿舍号。
三、回收的完好挂衣架将留给2025级新生免费领取。
学生宿舍管理中心
2025年6月10日
""",
    ),
]
