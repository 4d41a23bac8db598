"""holdout220, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (each once as HTML, once as text).

Every page, place, person, firm, site, URL and number here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="examforum-anshang-essay-bands-jammer",
        site="岸上公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.anshang-gk.example.com/thread-552108-1-1.html",
        title="小手环里的大民生",
        record_title="〈申论大作文〉小手环里的大民生（请各位研友指正） - 申论批改区 - 岸上公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad, a rating row and jammer-font junk inside the essay; "
        "posted '5 天前' (no date); an angle-bracket tag, an aside, the board and the site around the title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>〈申论大作文〉小手环里的大民生（请各位研友指正） - 申论批改区 - 岸上公考论坛</title>
<style>.jammer{font-size:0px;color:#FFFFFF}</style>
<script src="static/js/forum_viewthread.js"></script>
</head><body>
<div id="hd">⟦m 岸上公考论坛⟧　⟦m 一起上岸，不负韶华⟧　<a>⟦a 登录｜注册⟧</a></div>
<div id="pt">⟦m 岸上公考论坛 › 申论天地 › 申论批改区⟧</div>
<div class="qqad">⟦w 2026省考申论冲刺群：QQ 716208835，进群领真题⟧</div>
<table class="plhin"><tr><td class="pls"><p>⟦m 南山刷题人⟧</p><p>⟦m 研友 · 积分 662⟧</p></td>
<td class="plc"><h1>⟦t 〈申论大作文〉小手环里的大民生（请各位研友指正）⟧</h1>
<div class="authi">⟦m 发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有老师批改意见，回复后可见⟧</div>
<div class="rate">⟦l 评分 3 人　积分 +9　理由：结构清晰⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 上岸啦啦：第三段分论点可以再提炼一下⟧</div>
<div id="ft">⟦m Powered by Discuz! © 岸上公考论坛　京ICP备16034772号⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
一只小小的智能手环，戴在独居老人的手腕上，连着子女的牵挂，也连着基层治理的温度。近年来，不少地方为老人发放智能手环，用科技守护“银发安全”，这是民生工作精细化的生动体现。
小手环折射的是民生需求之变。随着老龄化程度加深，独居、空巢老人越来越多，他们最怕的是“摔倒了没人知道、生病了没人管”。手环的一键呼叫、跌倒报警，正好回应了这份最朴素的期盼。
小手环考验的是服务落地之效。手环发下去只是第一步，有的地方手环发了，后台却无人值守，报警响了没人接，让好事变成了“摆设”。科技产品要真正发挥作用，离不开人的跟进：平台有人盯、报警有人接、上门有人去。
小手环更需要温情陪伴之暖。再智能的设备也替代不了面对面的关心。基层干部、社区志愿者要常上门、多问候，让老人既有手环的守护，也有人情的温暖。
民生无小事，枝叶总关情。把一只手环的文章做实做细，就是把群众的冷暖放在心上。
""",
    ),
    dict(
        slug="examforum-anshang-interview-smart-home-elders-junk",
        site="岸上公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.anshang-gk.example.com/thread-553017-1-1.html",
        title="社区推广智能家居适老化改造，不少老人不愿意装，你怎么做？",
        record_title="「面试每日一练」社区推广智能家居适老化改造，不少老人不愿意装，你怎么做？（附作答思路） — 面试交流 — 岸上公考论坛",
        date=None,
        notes="exam-forum thread with junk lines and junk glued after 。; an interview answer with 第一…第四 points; posted "
        "'6 天前' (no date); a corner-bracket column tag, an aside, the board and the site around the title",
        page="""
!m 岸上公考论坛 › 面试天地 › 面试交流
!t 「面试每日一练」社区推广智能家居适老化改造，不少老人不愿意装，你怎么做？（附作答思路）
!m 楼主：面试小陈老师　6 天前　阅读 2,914
{BODY}
!l 回复：老人其实最怕被骗，第三点很关键
!l 回复：求同类题目合集
!a 发帖回帖请先完成手机验证
!m 岸上公考论坛　广告合作 QQ 2851016637
""",
        junk=dict(lines=1, glued=2),
        body="""
老人不愿意装，原因无非几个：怕花钱、怕麻烦、怕不会用，还有的觉得“老房子不折腾”。作为社区工作人员，我会从以下几方面入手。
第一，摸清想法。通过入户走访和楼栋座谈，了解老人不愿意装的具体原因，分类建立台账。
第二，算清账、讲明白。向老人说明改造中政府补贴的部分，自费多少、能用多久，用通俗的话讲清楚电动窗帘、感应夜灯这些设备能解决什么问题。
第三，先试点、做样板。请愿意尝试的老人先装，组织其他老人上门参观，让“邻居说”代替“我们说”。
第四，做好后续服务。联系安装企业开展上门教学，留下服务电话，定期回访，让老人装得放心、用得顺手。
总之，适老化改造是好事，更要把好事办到老人心坎上，尊重老人意愿，不搞一刀切。
""",
    ),
    dict(
        slug="wiki-zhitu-entry-motorised-curtain-infobox",
        site="知途百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhitu.example.com/item/电动窗帘/20417",
        title="电动窗帘",
        record_title=None,
        date=None,
        notes="encyclopaedia entry, no title in the record: the <h1> entry name, which also opens the body (matched as "
        "head); an infobox, a contents box, edit/discuss/history tabs, an edit link glued to a section heading and a "
        "reference marker glued after a sentence; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>知途百科 - 求知路上的同行者</title>
<script src="https://s.zhitu.example.com/baike/lemma.js"></script>
</head><body>
<div class="top">⟦m 知途百科⟧　<form><input><button>⟦a 进入词条⟧</button></form>　<a>⟦a 创建词条⟧</a></div>
<div class="tabs"><a>⟦a 编辑⟧</a><a>⟦a 讨论⟧</a><a>⟦a 历史版本⟧</a></div>
<div class="lemma">
<h1>{T}</h1>
<div class="summary-tip">⟦m 本词条由知途百科用户共同编辑，已有 41 人参与⟧</div>
<div class="infobox"><table>
<tr><td>⟦m 中文名：电动窗帘⟧</td><td>⟦m 外文名：motorized curtain⟧</td></tr>
<tr><td>⟦m 类　别：智能家居⟧</td><td>⟦m 驱动方式：电机⟧</td></tr></table></div>
<div class="catalog">⟦l 目录　1 分类　2 组成　3 安装要点　4 使用与维护⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料　[1] 《家用电动窗帘通用技术要求》编制说明⟧</div>
<div class="tag">⟦l 词条标签：家居用品　智能家居⟧</div>
</div>
<div class="foot">⟦m 浏览 8,266 次　最近更新：2 个月前⟧<br>⟦d 词条内容仅供参考，如有错误欢迎编辑修正。⟧<br>⟦m ©2025 知途百科⟧</div>
</body></html>
""",
        body="""
电动窗帘是由电机驱动、可通过遥控器、墙壁开关、手机应用或语音指令控制开合的窗帘，属于常见的智能家居产品。⟦l [1]⟧
1 分类⟦a ✎修改本节⟧
按开合方式，电动窗帘可分为开合帘、卷帘、百叶帘和升降帘等；按电机位置，可分为内置管状电机和外置电机两类。
2 组成
电动窗帘一般由电机、轨道、滑车、控制器和帘布组成。电机是核心部件，其功率、噪声和使用寿命决定了窗帘的使用体验。
3 安装要点
安装前应测量窗户宽度和窗帘盒深度，确认预留电源位置；轨道应保持水平，固定码间距一般不超过60厘米。
4 使用与维护
应避免在电机运行时用手拉拽帘布；定期清洁轨道上的灰尘；长期不用时应断开电源。
""",
    ),
    dict(
        slug="wiki-zhitu-entry-instant-water-heater",
        site="知途百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhitu.example.com/item/即热式电热水器/30981",
        title="即热式电热水器",
        record_title="〔词条〕即热式电热水器 · 知途百科",
        date=None,
        notes="encyclopaedia text: the entry name with a bracket tag and the site; numbered features inside a paragraph; "
        "edit tabs, counters with a relative update time (no date) and tags",
        page="""
!m 知途百科 — 求知路上的同行者
!t 〔词条〕即热式电热水器 · 知途百科
!a 编辑　讨论　历史版本　收藏
!m 浏览 5,103 次　最近更新：3 周前
!l 目录：工作原理 / 主要特点 / 使用条件 / 与储水式比较
{BODY}
!l 词条标签：家用电器　热水器
!d 词条内容仅供参考，如有错误欢迎编辑修正。
""",
        body="""
即热式电热水器是一种不设储水内胆、通电后对流经的冷水即时加热的电热水器，又称快热式电热水器。
工作原理：冷水流经加热腔时，由大功率加热元件快速加热，出水温度由功率和水流量共同决定。
主要特点：1.体积小，安装位置灵活；2.无需预热，即开即热；3.没有储水保温损耗。
使用条件：即热式电热水器功率一般在6千瓦至8.5千瓦之间，家庭使用需配备截面积不小于6平方毫米的专用线路和40安以上的电能表，老旧住宅安装前应请电工核查线路。
与储水式比较：储水式电热水器功率较小、出水量稳定，但需要提前加热；即热式更适合厨房、单人淋浴等用水量较小的场所。
""",
    ),
    dict(
        slug="netdisk-boyun-report-aftersales-earbuds-pdf",
        site="泊云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://pan.boyun.example.com/s/7Hq2mXb0Lp",
        title="售后服务部经理2024年度述职报告",
        record_title="售后服务部经理2024年度述职报告.pdf",
        date="2025-01-08",
        notes="cloud-drive preview: the file name, a share stamp and a validity line (no date), VIP prompts, save and "
        "download buttons; the report's own date under the 述职人 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>售后服务部经理2024年度述职报告.pdf_免费高速下载|泊云网盘</title>
<script src="https://pan.boyun.example.com/static/share.bundle.js"></script>
</head><body>
<div class="nav">⟦m 泊云网盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 客户端下载⟧</a></div>
<div class="share-file">
<h2>⟦t 售后服务部经理2024年度述职报告.pdf⟧</h2>
<p>⟦m 分享者：售后小裴　分享于 2025-02-10 16:03　有效期：7 天⟧</p>
<p>⟦m 文件大小：214.6 KB⟧</p>
<div class="btns"><button>⟦a 转存至我的泊云⟧</button><button>⟦a 下载（超级会员极速通道）⟧</button></div>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 开通超级会员，在线预览不限页数、不限速⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，如发现侵权可举报，我们将依法处理。⟧<br>⟦m ©2025 泊云网盘⟧</div>
</body></html>
""",
        body="""
2024年，我担任公司售后服务部经理，带领28名员工负责无线耳机、蓝牙音箱的维修和客户服务工作。现将一年来的履职情况报告如下。
一、主要工作
（一）缩短维修周期。推行“寄修48小时返回”承诺，全年受理寄修3.6万单，平均返回时间由5.2天缩短到2.1天。
（二）提升一次修复率。针对无线耳机单耳无声、充电仓接触不良等高发问题，编写维修作业指导书12份，一次修复率提高到96.3%。
（三）做好客户回访。建立维修后7日回访制度，客户满意度达到97.8%。
二、存在不足
一是部分维修工程师技术水平参差不齐；二是配件备货预测不准，个别型号曾出现缺件。
三、2025年打算
建立维修技能等级制度，上线配件库存预警系统，力争寄修平均返回时间控制在2天以内。
述职人：裴嘉树
2025年1月8日
""",
    ),
    dict(
        slug="netdisk-boyun-band-inspection-instruction-markers",
        site="泊云网盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="text",
        source="https://pan.boyun.example.com/s/3Wd8kPq1Zr",
        title="智能手环出厂检验作业指导书",
        record_title="「共享」智能手环出厂检验作业指导书 | 泊云网盘",
        date="2025-04-01",
        notes="cloud-drive text preview cut by page markers ⧳ 第n页 ⧳ on lines of their own; decimal headings 1.1–3.2; "
        "the issuing department's date under its name; extraction-code, share and VIP lines",
        page="""
!m 泊云网盘 · 文件预览
!t 「共享」智能手环出厂检验作业指导书
!m 分享者：质检阿杰　3 天前分享　提取码：k4m7
!a 保存到网盘　　普通下载　　举报
{BODY}
!a 预览仅显示前 2 页，保存后可查看全部
!d 网盘仅提供存储空间，分享内容由分享者负责。
""",
        pages=dict(fmt="⧳ 第{n}页 ⧳", every=110, start=2),
        body="""
1 目的
1.1 规范智能手环成品出厂检验，防止不合格品流入市场。
2 检验项目
2.1 外观：表带无划痕、无毛边，屏幕无亮点、无坏点。
2.2 功能：逐台开机检查计步、心率、睡眠监测和消息提醒功能，与测试手机配对连接的时间不超过10秒。
2.3 续航：每批抽取5台满电待机72小时，剩余电量不低于40%。
2.4 防水：每批抽取3台做1米水深浸泡30分钟试验，试验后功能正常。
3 判定与处置
3.1 外观和功能检验实行全检，发现不合格的挑出返修。
3.2 抽检项目有1台不合格的，加倍抽样；仍不合格的，整批退回生产部返工。
质量部
2025年4月1日
""",
    ),
    dict(
        slug="snapshot-mide-property-notice-water-heaters",
        site="搜索快照 of 棠樾物业服务中心 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.midesou.example.com/c?u=tangyuewy.example.cn/gg/1202.html&t=20251220",
        title="关于冬季安全使用电热水器的温馨提示",
        record_title="[存档页] 关于冬季安全使用电热水器的温馨提示_棠樾物业服务中心",
        date="2025-12-02",
        notes="a search engine's snapshot frame: an archive banner with its capture time (no date) and a highlighted-terms "
        "line above the original page; the property company's name in the original header is also the signature "
        "(matched as head); its 24-hour line beside the notice's own phone",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[存档页] 关于冬季安全使用电热水器的温馨提示_棠樾物业服务中心</title>
<base href="http://tangyuewy.example.cn/gg/1202.html">
<script src="http://snapshot.midesou.example.com/static/highlight.js"></script>
</head><body>
<div style="border:1px solid #ccc;background:#fffbe6;padding:6px">
<p>⟦d 当前显示的是本站抓取时保存的副本，保存于 2025年12月20日 11:42，原网页可能已有变化。⟧</p>
<p>⟦d 已为您标出以下搜索词：<b>电热水器</b> <b>安全</b>⟧</p>
<p><a>⟦a 查看原网页⟧</a></p>
</div>
<div class="orig">
<div class="head">⟦m 棠樾物业服务中心⟧　⟦m 用心服务每一户⟧</div>
<div class="nav">⟦m 首页 | 物业公告 | 收费标准 | 业主服务⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 发布：物业客服部　阅读：389⟧</div>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 24小时客服：0762-3389000⟧　⟦m 棠樾物业 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
各位业主、住户：
近期气温骤降，电热水器使用频率增加。为保障大家的用电和洗浴安全，物业服务中心提醒如下：
1.洗浴前请先断开热水器电源，或确认热水器具备防电墙功能；
2.热水器出水温度不宜超过55℃，家中有老人和儿童的，洗浴时请有人陪同；
3.发现热水器外壳带电、漏水、异响的，请立即停止使用并联系专业人员维修；
4.不要在热水器周围堆放毛巾、衣物等易燃物品。
如需协助检查，可拨打物业服务中心电话0762-3389100预约，工作人员将免费上门。
棠樾物业服务中心
2025年12月2日
""",
    ),
    dict(
        slug="snapshot-textcache-survey-elders-bands-table",
        site="文本缓存 of 磉湖县老龄办 (invented)",
        style="搜索快照",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://cache.midesou.example.com/text?u=sanghu.gov.example.cn/llb/1114.html",
        title="关于老年人使用智能手环情况的问卷调查报告",
        record_title="关于老年人使用智能手环情况的问卷调查报告 - 磉湖县老龄办（文本缓存）",
        date="2025-11-14",
        notes="a text-only cache: a crawl stamp (no date) and a styles-removed note above; a survey table (one row a "
        "paragraph); 成文日期 under the office's name; the original site's footer inside",
        page="""
!d 以下为该网页的纯文本缓存，抓取于 2025-11-30，图片与样式已略去。
!a 返回原网页 »
!m 磉湖县人民政府 › 部门频道 › 县老龄办
{T}
!m 来源：县老龄办　字体：[大] [中] [小]
{BODY}
!m 磉湖县人民政府办公室主办　网站标识码：3607260009
""",
        indent="\u3000\u3000",
        body="""
为了解老年人使用智能手环的情况，县老龄办于10月在全县8个乡镇发放问卷600份，收回有效问卷562份。现将调查结果报告如下。
一、使用情况
问题　选项　占比
是否拥有智能手环　有　41.3%
最常用功能　计步　52.6%
最常用功能　一键呼叫　23.7%
使用中最大困难　不会充电或配对　38.4%
二、主要发现
一是手环拥有率城区明显高于农村；二是老年人对一键呼叫、跌倒报警等安全功能需求强烈，但实际会用的不多；三是近四成老人在充电、配对等操作上存在困难。
三、建议
建议在发放手环的同时开展“手把手”教学，由村（社区）志愿者定期上门帮助老人充电和检查设备。
磉湖县老龄工作委员会办公室
2025年11月14日
""",
    ),
    dict(
        slug="print-linchuan-school-notice-speakers-footer",
        site="廪川县第三中学 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lcsanzhong.example.cn/print.asp?id=312",
        title="关于规范校园广播及移动音箱使用的通知",
        record_title="【便捷打印】关于规范校园广播及移动音箱使用的通知_廪川县第三中学",
        date="2025-09-15",
        notes="a print view calling window.print(): print/close buttons, a print stamp (no date), the page's address line "
        "and a print footer ⌓ 第1页 ⌓ 共1页 ⌓; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【便捷打印】关于规范校园广播及移动音箱使用的通知_廪川县第三中学</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint"><button onclick="window.print()">⟦a 立即打印⟧</button> <button onclick="window.close()">⟦a 关闭本窗口⟧</button></div>
<div class="ph">⟦m 廪川县第三中学　校务公开⟧</div>
<h2 align="center">{T}</h2>
<p align="center">⟦m 打印时间：2025-10-09 08:31　操作人：教务处⟧</p>
<div class="pc">
{BODY}
</div>
<p>⟦m 本页地址：http://www.lcsanzhong.example.cn/tz/2025/0915/312.html⟧</p>
<p align="center">⟦p ⌓ 第1页 ⌓ 共1页 ⌓⟧</p>
</body></html>
""",
        body="""
各年级组、各处室：
近期，部分班级在课间和午休时间使用移动蓝牙音箱播放音乐，音量较大，影响了其他班级的学习和休息。为营造安静有序的校园环境，现就规范使用校园广播及移动音箱通知如下：
一、校园广播由学校办公室统一管理，除升旗、课间操、重大活动外，不得随意播放。
二、各班移动蓝牙音箱仅限于课堂教学和班级活动使用，音量以本教室内能听清为准，不得在走廊、楼梯间外放。
三、午休时间（12:30—13:50）和晚自习期间，全校禁止使用音箱外放。
四、各班主任要加强教育管理，政教处将不定期检查，检查结果纳入文明班级考评。
廪川县第三中学办公室
2025年9月15日
""",
    ),
    dict(
        slug="print-shenglan-quality-bulletin-earbud-cases",
        site="声澜电子内网 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.shenglan.example.local/print/doc/20251010-07",
        title="关于TW-5型无线耳机充电仓盖板开裂问题的质量通报",
        record_title="打印｜关于TW-5型无线耳机充电仓盖板开裂问题的质量通报（厂内传阅）",
        date="2025-10-10",
        notes="an intranet print view in text: print/back buttons, a printer and print-time stamp (no date), a print "
        "footer ⦛ 1 / 1 ⦜; the issuing department's date under its name; a print prefix and an aside in the title",
        page="""
!a 〔打印〕　〔返回〕
!m 声澜电子 · 内部文件打印
{T}
!m 打印人：周嘉　打印时间：2025-10-12 14:05
{BODY}
!d 内部资料，打印件请勿带离厂区
!p ⦛ 1 / 1 ⦜
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
9月下旬，售后服务部陆续收到客户反映，部分TW-5型无线耳机充电仓盖板铰链处出现开裂，截至10月8日共计213单。经质量部分析，开裂原因是9月9日至9月20日期间注塑车间擅自调整了盖板注塑温度，导致材料内应力偏大。现将有关情况通报如下：
一、对注塑车间当班班长给予通报批评，扣发当月绩效奖金；对质量部巡检员未及时发现工艺变更的问题，责令作出书面检查。
二、上述期间生产的TW-5型耳机共1.2万套，已全部冻结库存，对已售产品由售后服务部主动联系客户免费更换充电仓。
三、各车间要严格执行工艺变更审批制度，任何工艺参数调整必须经工艺部审批，并做好记录。
质量部
2025年10月10日
""",
    ),
    dict(
        slug="mail-webmail-letter-earbud-test-reports-attachment-bar",
        site="璧源企业邮 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.shenglan-audio.example.com/read?mid=1760941211.2207",
        title="关于商请提供无线耳机检测报告的函",
        record_title="[外部] Fw：关于商请提供无线耳机检测报告的函",
        date="2025-10-20",
        date_also=["2025-10-21", "2025-10-22"],
        notes="a webmail reading view: mail headers (sender, recipients, 抄送, a send time), a forwarded header, an "
        "attachment bar beside the letter's own 附件 line, the letter's own 抄送 line and contact; the send date "
        "differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>璧源企业邮 - 读信</title>
<script src="/webmail/js/readmail.js"></script>
</head><body>
<div class="mail-top">⟦m 璧源企业邮⟧　⟦m zhang.qa@shenglan-audio.example.com⟧　<a>⟦a 退出⟧</a></div>
<div class="mail-toolbar">⟦a 回复　回复全部　转发　删除　标记为　更多⟧</div>
<div class="mail-head">
<h3>⟦t [外部] Fw：关于商请提供无线耳机检测报告的函⟧</h3>
<p>⟦m 发件人：质量总监 江川 &lt;jiang.c@shenglan-audio.example.com&gt;⟧</p>
<p>⟦m 收件人：张琪（质量部）⟧</p>
<p>⟦m 抄送：法务部；售后服务部⟧</p>
<p>⟦m 时间：2025年10月22日（星期三）09:18⟧</p>
</div>
<div class="att-bar">⟦a 附件 1 个：抽查产品信息确认单.pdf（86K）　下载　预览　存网盘⟧</div>
<div class="mail-body">
<p>⟦m 请质量部张琪牵头准备，周五前报我。⟧</p>
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 发件人：庾溪县市场监督管理局 &lt;zjk_yuxi@example.cn&gt;⟧</p>
<p>⟦m 日期：2025年10月21日 16:40⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 此邮件来自外部发件人，请勿轻易点击链接或打开附件。⟧</div>
</body></html>
""",
        body="""
璧源市声澜电子科技有限公司：
我局在2025年第三季度电子产品质量监督抽查中，抽取了贵公司生产的TW-5型无线耳机（生产批次20250706）。为核实产品的蓝牙射频和电池安全性能，请贵公司于10月31日前提供以下材料：
1.该型号产品的3C认证证书复印件；
2.电池和充电仓的第三方检测报告；
3.近一年该型号产品的质量投诉处理情况说明。
材料请加盖公章后邮寄至我局，电子版同时发送至电子邮箱zjk_yuxi@example.cn。
联系人：质量监督科　卜文涛，电话：0738-4702213。
附件：抽查产品信息确认单
庾溪县市场监督管理局
2025年10月20日
抄送：璧源市市场监督管理局
""",
    ),
    dict(
        slug="mail-forwarded-notice-earbud-trial-docx",
        site="声澜电子企业邮箱 forwarded as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:all@shenglan-audio.example.com?subject=TW-7",
        title="关于征集新款降噪无线耳机内部试用意见的通知",
        record_title="关于征集新款降噪无线耳机内部试用意见的通知.docx",
        date="2025-10-24",
        date_also=["2025-10-27"],
        notes="a mail forwarded as text: the record's title is the attached file's name; headers with a later send date, "
        "a subject line repeating the title, the mail's own attachment line beside the notice's 附件 line, the "
        "notice's own contact and mailbox; the department's date under its name",
        page="""
!m 发件人：行政部 <xzb@shenglan-audio.example.com>
!m 发送时间：2025年10月27日 星期一 10:05
!m 收件人：全体员工
!t 主题：转发：关于征集新款降噪无线耳机内部试用意见的通知.docx
!a 附件：TW-7试用报名表.xlsx（12 KB）〔下载〕
!m ---------- 原始邮件 ----------
!m 发件人：产品部 温子墨
{BODY}
!m 本邮件由声澜电子邮件系统发送，如非本人请删除。
""",
        body="""
各部门：
公司新款TW-7降噪无线耳机即将上市。为在上市前发现问题、改进体验，产品部决定在公司内部开展试用活动。现将有关事项通知如下：
一、试用名额：共100副，每个部门不超过8人，通勤距离较远、经常乘坐地铁的员工优先。
二、试用时间：11月3日至11月16日。
三、反馈方式：试用期间每天填写一次试用记录，重点记录降噪效果、佩戴舒适度和续航时间；试用结束后参加一次座谈。
四、请各部门于10月29日前将报名表发送至产品部邮箱cp@shenglan-audio.example.com。
联系人：产品部　温子墨，分机6215。
附件：TW-7试用报名表
产品部
2025年10月24日
""",
    ),
]
