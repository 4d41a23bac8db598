"""holdout315, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text each).

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-drain-plug-jammer",
        site="上岸驿站论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="post",
        form="html",
        source="https://bbs.shanganyz.com/thread-90217-1-1.html",
        title="从一个下水塞看民生服务的“小切口”",
        record_title="〔申论每日一练〕从一个下水塞看民生服务的“小切口”（回帖必谢） - 申论交流 - 上岸驿站论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, QQ-group ad, rating row, jammer fonts glued after 。 and as a "
        "line; an essay posted 6 天前: no date",
        page="""
<html><head><meta charset="utf-8"><title>〔申论每日一练〕从一个下水塞看民生服务的“小切口”（回帖必谢） - 申论交流 - 上岸驿站论坛</title></head><body>
<div id="hd">⟦m 上岸驿站论坛⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 登录｜注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 申论交流 › 每日一练⟧</div>
<div class="qqad">⟦w 申论批改互助群：QQ群 682210937，进群暗号“上岸”⟧</div>
<table><tr><td class="pls">⟦m 考碗小白⟧<br>⟦m 积分 233 ｜ 上岸值 12⟧</td>
<td class="plc"><h1>⟦t 〔申论每日一练〕从一个下水塞看民生服务的“小切口”（回帖必谢）⟧</h1>
<div class="authi">⟦m 发表于 6 天前 ｜ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖附带的批改意见需回复后可见⟧</div>
<div class="rate">⟦l 评分人数 4　上岸值 +8　“立意不错，第三段再展开”⟧</div>
</td></tr></table>
<div id="ft">⟦m 上岸驿站论坛 © 2019-2025　Powered by Discuz!⟧</div>
<script src="static/js/forum_viewthread.js"></script>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
一个下水塞，价值不过十几元，却关系着千家万户的日常生活。老旧小区里，下水塞老化、缺失导致的返臭、返水问题，常年困扰着居民，却很少进入政府的工作视野。
今年，不少地方把“换装防臭下水塞”列入民生实事清单，由社区党组织牵头摸排，物业企业统一更换，群众拍手称快。这说明，民生服务不在于项目有多大，而在于是否找准了群众身边的“小切口”。
找准小切口，要多走进群众家门，听听他们抱怨最多的是什么；办好小切口，要建立长效机制，不能换装一次就撒手不管；用好小切口，更要以小见大，把解决一个下水塞的经验推广到更多“关键小事”上。
民生无小事。只有把群众的“小烦恼”当作“大事情”，才能让基层治理更有温度。
""",
    ),
    dict(
        slug="examforum-shangan-interview-safety-gate-junk",
        site="上岸驿站论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="post",
        form="text",
        source="http://bbs.shanganyz.com/thread-90533-1-1.html",
        title="社区为婴幼儿家庭免费安装安全门栏，让你负责，你怎么组织？",
        record_title="〔结构化·组织管理题〕社区为婴幼儿家庭免费安装安全门栏，让你负责，你怎么组织？ - 面试专区 - 上岸驿站",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; question and reference answer in the post; "
        "a reply and a paid-course ad below; relative post time: no date",
        page="""
!m 上岸驿站论坛 › 面试专区 › 组织管理
!t 〔结构化·组织管理题〕社区为婴幼儿家庭免费安装安全门栏，让你负责，你怎么组织？
!m 面试老油条 发表于 4 天前　查看：1288　回复：19
{BODY}
!a 觉得有用就给楼主加个上岸值吧　【加分】【收藏】
!l 沙发 晚风：第二点可以加上“和物业、厂家对接”
!w 一对一面试模拟，添加助教微信 sayz_mianshi
!m 上岸驿站 版权所有　|　手机版　|　小黑板
""",
        junk=dict(lines=2, glued=2),
        indent="",
        body="""
题目：社区准备为辖区内有婴幼儿的困难家庭免费安装安全门栏，领导让你负责这项工作，你会怎么组织？
参考答案：
这项工作虽小，却关系到孩子的安全，我会从以下几个方面组织好。
第一，摸清需求。联合网格员入户走访，登记家中有楼梯、阳台且有3岁以下婴幼儿的困难家庭，了解门洞尺寸和安装条件，形成需求清单。
第二，做好准备。按清单采购符合标准的门栏，联系志愿者和专业安装人员，提前开展安装和讲解培训。
第三，上门实施。两人一组上门安装，现场讲解使用和检查方法，请家长签字确认。
第四，跟踪回访。一个月后电话回访，发现松动、损坏及时维修，并总结经验，为下一步工作打基础。
""",
    ),
    dict(
        slug="encyclopedia-zhiyuan-entry-sushi-mat-infobox",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/寿司帘/10827",
        title="寿司帘",
        record_title="寿司帘（卷寿司用具）_知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after "
        "sentences; the entry name in the heading also opens the body (matched before it); no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>寿司帘（卷寿司用具）_知源百科</title></head><body>
<div class="wk-top">⟦m 知源百科⟧ ⟦m 让知识有源可溯⟧ <a>⟦a 登录 ｜ 创建词条⟧</a></div>
<div class="wk-tabs">⟦a 编辑 ｜ 讨论 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<div class="wk-sub">⟦m （卷寿司用具）⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：寿司帘⟧</td></tr><tr><td>⟦m 外文名：makisu⟧</td></tr><tr><td>⟦m 材　质：竹、硅胶⟧</td></tr><tr><td>⟦m 用　途：卷制寿司⟧</td></tr></table>
<div class="toc">⟦l 目录　1 简介　2 使用方法　3 分类⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《日式料理基础》，聆川轻工出版社⟧</p><p>⟦l [2] 《厨房竹木器具卫生指引》⟧</p></div>
<div class="wk-foot">⟦m 本词条浏览 4.1万次　最近更新：7 天前⟧<br>⟦d 词条内容由网友协作编辑，仅供参考⟧</div>
<script src="/static/wiki/toc.js"></script>
</body></html>
""",
        body="""
寿司帘是制作卷寿司时使用的一种厨房用具，多用细竹条以棉线编结而成，展开呈长方形，一般长宽各约24厘米。⟦l [1]⟧
使用时，将寿司帘平铺在案板上，依次铺上海苔、米饭和馅料，借助寿司帘向前卷起并压紧，使寿司成形。为防止米饭粘连，常在寿司帘外包裹一层保鲜膜。
按材质不同，寿司帘可分为竹制寿司帘和硅胶寿司帘两类。竹制寿司帘透气性好，但需及时清洗晾干，否则容易发霉；硅胶寿司帘易于清洗，可耐高温消毒。⟦l [2]⟧
""",
    ),
    dict(
        slug="encyclopedia-wuzhi-entry-steamer-rack-text",
        site="物知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wuzhibaike.cn/wiki/zhengjia",
        title="蒸架",
        record_title="蒸架 - 物知百科·厨具分类",
        date=None,
        notes="encyclopaedia as text: the entry name on its own line before the body (also its first word), "
        "aliases box, edit link, related entries; an update stamp in relative time: no date",
        page="""
!m 物知百科 · 厨具分类
!a 编辑词条　｜　添加义项
{T}
!m 同义词：蒸格、篦子　　所属类别：厨房用具
{BODY}
!l 相关词条：蒸笼　屉布　蒸锅　竹编
!m 词条创建者：灶下闲人　｜　更新于 2 个月前　｜　浏览 9863
!d 本词条仅供参考，若有错漏，欢迎点击“编辑”修订
""",
        indent="",
        body="""
蒸架，又称蒸格、篦子，是放置在锅内、用于承托食物进行蒸制的厨房用具。
蒸架一般为圆形，也有方形和可折叠式，材质有竹、木、不锈钢和铝合金等。竹木蒸架透气吸水，蒸制面食时底部不易积水；不锈钢蒸架耐用，便于清洗消毒，广泛用于家庭和餐饮后厨。
使用蒸架时，应使其高出锅内水面，并在上面铺放屉布或油纸，防止食物粘连。蒸制结束后，取放蒸架应使用隔热手套，以免烫伤。
""",
    ),
    dict(
        slug="netdisk-yunhe-instruction-egg-rack-cart-pdf-markers",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="html",
        source="https://pan.yunhe.cc/s/7fKq2Lm0Xa",
        title="蛋架车清洗消毒作业指导书",
        record_title="蛋架车清洗消毒作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: VIP prompts, share info with an expiry, page-marker paragraphs ╠ n ╣ cutting "
        "sentences; decimal headings 3.1–3.4; the .pdf name as the record title; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蛋架车清洗消毒作业指导书.pdf_免费高速下载｜云盒网盘</title></head><body>
<div class="yh-top">⟦m 云盒网盘⟧ ⟦a 登录领10G空间⟧</div>
<div class="yh-share">⟦m 分享者：禾丰品控小林　｜　分享于 2025-04-02　｜　有效期：永久⟧</div>
<div class="yh-file">⟦t 蛋架车清洗消毒作业指导书.pdf⟧　⟦m 309KB⟧</div>
<div class="yh-bar">⟦a 保存到我的云盒　｜　普通下载　｜　SVIP极速下载⟧</div>
<div class="yh-preview">
{BODY}
</div>
<div class="yh-vip">⟦a 非会员仅可预览前3页，开通SVIP查看全部⟧</div>
<div class="yh-foot">⟦d 云盒网盘严禁存储、分享违法违规内容，举报邮箱 jubao@yunhe.cc⟧</div>
<script src="//static.yunhe.cc/share/preview.js"></script>
<script>yh.share.init("7fKq2Lm0Xa");</script>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="╠ {n} ╣", every=100, start=2),
        body="""
1 目的
规范蛋架车清洗消毒作业，防止鲜蛋在周转过程中受到污染。
2 适用范围
适用于本公司蛋品分拣车间、成品库使用的全部蛋架车。
3 作业步骤
3.1 将蛋架车推入清洗间，取下蛋托，清除残留的蛋液、羽毛和粪渣。
3.2 用高压水枪自上而下冲洗蛋架车各层，重点冲洗焊缝和轮轴。
3.3 用有效氯含量为250mg/L的消毒液喷洒蛋架车表面，保持作用15分钟。
3.4 用清水冲净消毒液，推至晾干区晾干后方可投入使用。
4 记录
清洗人员填写《蛋架车清洗消毒记录》，品控员每日抽查不少于5台。
""",
    ),
    dict(
        slug="netdisk-panbao-plan-egg-racks-renewal-markers",
        site="盘宝分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://share.panbao.net/f/3b91d0e2",
        title="禾丰蛋业2025年蛋架更新改造方案",
        date="2025-02-20",
        notes="cloud-drive text preview: the record gives the title as is; page markers ┝ n ┥ on lines of their "
        "own cutting sentences; save/download prompts; 成文日期 under the signature",
        page="""
!m 盘宝分享 — 文件在线预览
!m 文件：禾丰蛋业2025年蛋架更新改造方案.docx　　大小：41KB
!a 〔保存到盘宝〕　〔下载〕　〔举报〕
{BODY}
!a —— 预览结束，登录后可下载原文件 ——
!m 本链接由用户“禾丰生产部”分享　浏览 96 次
""",
        indent="\u3000\u3000",
        pages=dict(fmt="┝ {n} ┥", every=80, start=2),
        body="""
为解决分拣车间和成品库蛋架老化、变形问题，降低鲜蛋破损率，公司决定2025年对蛋架进行集中更新改造，特制定本方案。
一、改造范围。分拣车间、成品库使用的塑料蛋架和铁质蛋架车，共计蛋架620个、蛋架车48台。
二、改造内容。淘汰使用五年以上的铁质蛋架车，更换为不锈钢蛋架车；变形、开裂的塑料蛋架全部报废，补充新蛋架200个；所有蛋架、蛋架车统一编号。
三、进度安排。3月完成采购，4月完成更换，5月由品控部组织验收。
四、经费预算。本次改造预算共计36.8万元，从年度设备更新经费中列支。
禾丰蛋业有限公司生产部
2025年2月20日
""",
    ),
    dict(
        slug="snapshot-sowen-school-notice-steamer-racks",
        site="搜问快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sowen.cn/c?u=www.yysyxx.cn/tz/2025/0314.html",
        title="翌阳县实验小学关于食堂蒸架更换期间早餐调整的通知",
        record_title="翌阳县实验小学关于食堂蒸架更换期间早餐调整的通知 - 搜问快照",
        date="2025-03-14",
        notes="search-cache frame: capture banner with the capture date (no date), a highlighted-terms line, the "
        "school site's own chrome inside; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>翌阳县实验小学关于食堂蒸架更换期间早餐调整的通知 - 搜问快照</title></head><body>
<div class="sw-banner">⟦d 您看到的是搜问于2025年3月20日抓取的网页副本，原网页可能已更新或删除⟧<br>⟦a 查看原网页⟧　⟦m 已为您标出的词：蒸架　早餐⟧</div>
<div class="orig">
<div class="school">⟦m 翌阳县实验小学⟧ ⟦m 立德树人 快乐成长⟧</div>
<div class="snav">⟦m 学校概况　校园新闻　通知公告　家校共育⟧</div>
<h2>{T}</h2>
<div class="sinfo">⟦m 发布：总务处　点击：1304⟧</div>
<div class="scon">
{BODY}
</div>
<div class="sfoot">⟦m 翌阳县实验小学　地址：翌阳县育才路1号⟧</div>
</div>
<script>var cacheUrl="www.yysyxx.cn/tz/2025/0314.html";</script>
</body></html>
""",
        body="""
各位家长：
因学校食堂蒸柜的蒸架老化，经学校研究，定于3月17日至3月19日对食堂蒸架进行整体更换。更换期间，食堂早餐暂停供应包子、馒头等蒸制面点，改为面条、米粉和鸡蛋饼，午餐正常供应。
请家长提前告知孩子，如有特殊饮食需求，请与班主任联系。给大家带来的不便，敬请谅解。
翌阳县实验小学总务处
2025年3月14日
""",
    ),
    dict(
        slug="snapshot-sowen-textcache-drain-plug-tips-wrapped",
        site="搜问快照·纯文本 (invented)",
        style="搜索快照",
        genre="生活常识",
        kind="article",
        form="text",
        source="http://cache.sowen.cn/t?u=www.fenglinyuan-wy.cn/tips/31.html",
        title="家里的下水塞怎么选？物业维修师傅的几点建议",
        record_title="家里的下水塞怎么选？物业维修师傅的几点建议 - 枫林苑物业 〖纯文本缓存〗",
        date=None,
        notes="text-only search cache hard-wrapped at 68 columns: capture line (no date), original-page link; "
        "the property company's tips with no date",
        page="""
!d 搜问纯文本缓存：本页只保留文字，抓取于 3 天前
!a 原始网页链接：http://www.fenglinyuan-wy.cn/tips/31.html
!m 枫林苑物业服务中心 › 生活小贴士
{T}
{BODY}
!m 枫林苑物业服务中心　24小时服务电话：0795-7263318
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
经常有业主到物业服务中心问：洗菜池、洗脸盆的下水塞坏了，买什么样的好？结合平时上门维修的经验，给大家几点建议。
一是先量尺寸再买。下水口常见的有38毫米、40毫米、45毫米几种，买之前用尺子量一下内径，或者把旧塞子带到五金店比对。
二是卫生间优先选弹跳式。弹跳式下水塞一按就关、再按就开，不用伸手到水里拔塞子，老人孩子用起来方便。
三是厨房最好选带滤网的。洗菜池的下水塞带一层不锈钢滤网，能挡住菜叶、饭粒，减少堵塞。
另外，下水塞的密封圈一般两三年就会老化，发现存不住水就该换了，不用等到返臭味才动手。
""",
    ),
    dict(
        slug="print-lingchuan-bulletin-sushi-mat-inspection",
        site="聆川市市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://scjgj.lingchuan.gov.cn/print.jsp?id=20250702018",
        title="关于日料门店寿司帘卫生专项检查情况的通报",
        record_title="【清爽打印】关于日料门店寿司帘卫生专项检查情况的通报",
        date="2025-06-30",
        date_also=["2025-07-02"],
        notes="print view calling window.print(): print/close buttons, a print stamp, a print footer of its own "
        "form; 成文日期 differs from the page's 发布日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【清爽打印】关于日料门店寿司帘卫生专项检查情况的通报</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 〔立即打印〕〔关闭窗口〕⟧</div>
<div class="pt-site">⟦m 聆川市市场监督管理局⟧</div>
<h2>{T}</h2>
<div class="pt-meta">⟦m 发布日期：2025-07-02　打印时间：2025-07-08 10:21⟧</div>
<div class="pt-body">
{BODY}
</div>
<div class="pt-url">⟦m 本页地址：https://scjgj.lingchuan.gov.cn/art/2025/7/2/art_018.html⟧</div>
<div class="pt-foot">⟦p ✒ 第1页 ✒ 共1页 ✒⟧</div>
</body></html>
""",
        body="""
各县（区）市场监管局：
6月，市局组织对全市日料门店寿司帘卫生情况开展专项检查，共检查门店112家，发现问题门店23家，已全部责令整改。现将有关情况通报如下：
一、主要问题。寿司帘有霉斑仍在使用的9家；寿司帘清洗后堆放在潮湿处的8家；未包保鲜膜、直接接触米饭的6家。
二、处理情况。对问题门店一律责令当场停用并更换寿司帘，对其中3家多次检查发现问题的门店立案调查。
三、工作要求。各地要将寿司帘等竹木器具纳入日常检查内容，督促门店落实清洗、晾干和定期更换制度。
聆川市市场监督管理局
2025年6月30日
""",
    ),
    dict(
        slug="print-xiaoxiangguo-rules-safety-gate-footer",
        site="小橡果托育园 打印页 (invented)",
        style="打印页",
        genre="须知",
        kind="rules",
        form="text",
        source="http://www.xiaoxiangguo-ty.cn/print/anquan/03",
        title="小橡果托育园安全门栏使用须知",
        record_title="〔A4张贴版〕小橡果托育园安全门栏使用须知",
        date=None,
        notes="print view as text: print stamp at the top, page URL and a print footer ┏ … ┓ closing it; "
        "rules signed by the centre with no date",
        page="""
!m 打印于 2025/9/1 07:46　　小橡果托育园家园网
!t 〔A4张贴版〕小橡果托育园安全门栏使用须知
{BODY}
!m http://www.xiaoxiangguo-ty.cn/anquan/03.html
!p ┏ 第 1 页（共 1 页）┓
""",
        indent="\u3000\u3000",
        body="""
一、园内楼梯口、厨房门、阳台门均装有安全门栏，请家长和来访人员随手关闭，听到“咔嗒”声方为锁好。
二、请勿让幼儿攀爬、推拉、倚靠门栏，请勿在门栏上悬挂书包、衣物等物品。
三、门栏锁扣需成人双手同时操作才能打开，请不要教幼儿开门方法。
四、保育员每天晨检时检查门栏的锁扣和固定件，发现松动、变形立即报告园长，并在维修前安排专人看护。
五、请勿跨越门栏，以免绊倒。
琳湾镇小橡果托育园
""",
    ),
    dict(
        slug="webmail-lcxy-letter-egg-racks-forwarded-attachments",
        site="聆川学院邮箱 网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lcxy.edu.cn/read?mid=20250507091400",
        title="关于订购不锈钢蛋架的函",
        record_title="Fwd: 关于订购不锈钢蛋架的函",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="webmail reading view: toolbar, forwarded header, attachment bar next to the letter's own 附件 list, "
        "the letter's contact under the mail headers; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fwd: 关于订购不锈钢蛋架的函 - 聆川学院邮箱</title></head><body>
<div class="mail-top">⟦m 聆川学院邮箱⟧ ⟦m jiangcheng@lcxy.edu.cn⟧ ⟦a 退出⟧</div>
<div class="mail-tool">⟦a 返回　回复　全部回复　转发　删除　标记为⟧</div>
<div class="mail-head">
<div class="subj">⟦t Fwd: 关于订购不锈钢蛋架的函⟧</div>
<div>⟦m 发件人：江澄 &lt;jiangcheng@lcxy.edu.cn&gt;⟧</div>
<div>⟦m 收件人：恒顺制品厂业务部 &lt;hengshun_yw@163.com&gt;⟧</div>
<div>⟦m 时　间：2025年5月7日（星期三）上午9:14⟧</div>
</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 原主题：关于订购不锈钢蛋架的函　原发件人：饮食服务中心⟧</p>
{BODY}
</div>
<div class="att-bar">⟦l 附件（2 个）：蛋架规格示意图.jpg（318K）　报价单样式.xlsx（12K）　打包下载⟧</div>
<div class="mail-foot">⟦m 聆川学院网络信息中心　邮件服务咨询 0791-8890001⟧</div>
<script src="/webmail/js/read.js?v=3.2"></script>
</body></html>
""",
        body="""
聆川市恒顺不锈钢制品厂：
我校第一、第二食堂拟订购不锈钢蛋架一批，用于库房鲜蛋分区存放。具体要求如下：
一、规格：五层，每层可放鲜蛋60枚，层距不低于12厘米，304不锈钢材质，带脚轮。
二、数量：14个。
三、交货：5月25日前送货至聆川学院饮食服务中心库房，并提供产品检测报告。
请贵厂于5月12日前回函报价。
联系人：饮食服务中心 江澄　电话：0791-8890236
附件：1.蛋架规格示意图
2.报价单样式
聆川学院饮食服务中心
2025年5月6日
""",
    ),
    dict(
        slug="mail-lcxy-forwarded-notice-dorm-drain-plugs",
        site="聆川学院 邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:songyt@lcxy.edu.cn?msg=20250304085201",
        title="关于排查学生宿舍下水塞缺失情况的通知",
        record_title="转发：关于排查学生宿舍下水塞缺失情况的通知",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="forwarded mail as text: mail headers with their own 抄送 next to the notice's 抄送 line in the body; "
        "the notice's contact kept; the send date differs from the notice's date",
        page="""
!m 发件人: 宋雨桐 <songyt@lcxy.edu.cn>
!m 发送时间: 2025年3月4日 8:52
!m 收件人: 各学院办公室
!m 抄送: 学工处综合科
!t 主题: 转发：关于排查学生宿舍下水塞缺失情况的通知
!m -------- 以下为转发内容 --------
{BODY}
!d 此邮件由聆川学院邮件系统发出，如非本人请删除并告知发件人
""",
        indent="",
        body="""
各学院：
近期，学生公寓多个盥洗室反映洗手池下水塞缺失、损坏，造成排水管堵塞和异味。为做好维修准备，请各学院组织辅导员和宿舍长，于3月7日前完成本学院学生宿舍下水塞缺失情况排查，并填写排查表报后勤管理处。
排查中请提醒学生不要将剩饭、茶叶倒入洗手池，发现下水塞损坏及时报修。
联系人：后勤管理处 宋雨桐　电话：0791-8890118
聆川学院后勤管理处
2025年3月3日
抄送：学生工作处
""",
    ),
]
