"""holdout210, part F: an exam forum, encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="kaogong-forum-interview-flying-power-strips-junk",
        site="考公小站论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.kaogongxz.com/t/61842",
        title="居民私拉接线板给电动车充电屡禁不止，作为社区工作人员你怎么办？",
        record_title="[结构化答题] 居民私拉接线板给电动车充电屡禁不止，作为社区工作人员你怎么办？（自答稿，求补充）- 面试交流 - 考公小站",
        date=None,
        notes="exam-forum text with anti-scraping junk as lines and glued after 。; a structured-interview answer with "
        "第一…第四; a study-group ad and replies; relative post time (no date)",
        page="""
!m 考公小站论坛 › 面试交流
!t [结构化答题] 居民私拉接线板给电动车充电屡禁不止，作为社区工作人员你怎么办？（自答稿，求补充）
!m 楼主　岸上见_小鹿　　发表于 4 天前　　查看 1,390 / 回复 22
{BODY}
!l 1#　稳稳上岸：第二点可以加一句“安装智能充电柜”
!l 2#　面霸老吴：思路不错，开头可以再点一下危害
!w 面试模考小班，每周三次实战，咨询微信 kgxz_mk01
!a 回复本帖需先登录　　登录 ｜ 注册
!m 考公小站论坛　鄂ICP备22008147号
""",
        junk=dict(lines=1, glued=3),
        body="""
各位考友，这题是我们模拟面试时抽到的，把自己的作答贴出来，请大家补充。
飞线充电屡禁不止，根子在于充电设施不足、居民图方便和管理缺位。作为社区工作人员，我会从以下几方面入手。
第一，摸清底数。联合物业和网格员，逐栋排查私拉接线板的楼栋和住户，了解居民不愿去充电棚的原因，是距离远、价格高还是车位不够。
第二，疏堵结合。协调街道和物业增设充电桩，推出夜间优惠电价；对拒不整改的，联合执法部门依法处理，并在居民群里通报典型案例。
第三，宣传引导。组织消防站开展一次电动车火灾演示，请楼长、党员带头签订安全承诺书。
第四，建立长效机制。把飞线充电纳入网格日常巡查，发现一处、劝导一处、销号一处。
""",
    ),
    dict(
        slug="bowu-encyclopaedia-oil-heater-entry",
        site="博物小百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowuxiao.com/item/youting/40117",
        title="油汀",
        title_also=["油汀（充油式电暖器）"],
        record_title="油汀（充油式电暖器）_博物小百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued "
        "after sentences, an 'edit this section' link between paragraphs; the entry name opens the body (the "
        "repeated title matched as head); an update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>油汀（充油式电暖器）_博物小百科</title>
<link rel="stylesheet" href="/static/bk/lemma.css">
<script src="/static/bk/lemma.js"></script>
</head><body>
<div class="bk-top"><a>⟦m 博物小百科⟧</a> <span>⟦m 万物有来历⟧</span> <form><input><button>⟦a 进入词条⟧</button></form> <a>⟦a 登录⟧</a></div>
<div class="bk-tabs">⟦a 词条⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<div class="bk-lemma">
<h1>{T}</h1>
<p class="bk-sub">⟦m 充油式电暖器⟧</p>
<div class="bk-card"><h3>⟦m 基本信息⟧</h3>
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 油汀⟧</dd><dt>⟦m 别　名⟧</dt><dd>⟦m 充油取暖器、电热油汀⟧</dd><dt>⟦m 类　别⟧</dt><dd>⟦m 家用电取暖器具⟧</dd><dt>⟦m 传热介质⟧</dt><dd>⟦m 导热油⟧</dd></dl></div>
<div class="bk-toc"><h3>⟦l 目录⟧</h3><ol><li>⟦l 1 结构⟧</li><li>⟦l 2 特点⟧</li><li>⟦l 3 使用注意⟧</li></ol></div>
<div class="bk-text">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l [1] 家用电取暖器具选购与使用指南. 博物出版社⟧</li></ol></div>
<div class="bk-stat">⟦m 词条统计　浏览 21,406 次　编辑 9 次　最近更新于 2024-02-17⟧</div>
</div>
<div class="bk-foot">⟦d 本词条内容由网友共同编辑，如有错误请点击“编辑”修正，不构成任何专业建议。⟧ ⟦m ©2024 博物小百科⟧</div>
</body></html>
""",
        body="""
油汀，全称充油式电暖器，是一种以导热油为传热介质的家用电取暖器具，因外形由多片散热片组成、形似暖气片而得名。
结构：油汀主要由散热片、电热管、导热油、温控器和功率开关组成。电热管通电后加热密封在腔体内的导热油，导热油在散热片内循环，再通过散热片表面向室内散热。⟦l [1]⟧
⟦a ✎ 编辑本段⟧
特点：油汀升温较慢，但表面温度相对较低，散热均匀，不消耗室内氧气，运行时基本无噪声，适合卧室和老人、儿童房间使用；缺点是功率较大、耗电较多，体积和重量也较大。
使用注意：油汀应直立放置，不得倾倒使用；不得在散热片上覆盖或烘烤衣物；应单独使用墙面插座，避免与其他大功率电器共用接线板；出现漏油时应停止使用。
""",
    ),
    dict(
        slug="boshi-encyclopaedia-curtain-rod-entry",
        site="博识网·家居百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.boshiwang.net/jiaju/baike/chuangliangan.html",
        title="窗帘杆",
        record_title="窗帘杆 - 家居百科 - 博识网",
        date=None,
        notes="encyclopaedia text page: an entry with a channel and site suffix; a statistics line with a 最近更新 date "
        "(no date); related entries below",
        page="""
!m 博识网　｜　家居百科
!a 编辑词条　　收藏　　分享
{T}
!m 所属分类：家居五金 › 窗饰
{BODY}
!m 词条统计：浏览 8,820 次　编辑 6 次　最近更新：2024-03-11
!l 相关词条：罗马杆　窗帘轨道　电动窗帘　百叶帘
!d 博识网百科内容由用户协作编写，仅供参考。
""",
        indent="",
        body="""
窗帘杆是用于悬挂窗帘的杆状五金件，通常安装在窗户上方的墙面或顶面，由杆体、支架、端头（堵头）和挂环等部件组成。
按材质分，常见的有铝合金、不锈钢、铁艺、实木和塑钢窗帘杆；按安装方式分，有侧装、顶装和免打孔伸缩式三种。罗马杆是一种带装饰端头的窗帘杆，多用于客厅和卧室。
选购窗帘杆时，应根据窗帘的重量选择杆体直径和壁厚，注意产品标注的最大承重；安装时，支架间距一般不宜超过1.2米，空心砖墙和石膏板吊顶需采取加固措施。
""",
    ),
    dict(
        slug="fengcang-drive-plan-hotel-curtain-rods",
        site="蜂仓云盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.fengcang.cn/s/1Qz8mT4r?pwd=k7w2",
        title="酒店客房窗帘杆更换施工方案",
        record_title="酒店客房窗帘杆更换施工方案.docx",
        date="2024-08-05",
        notes="file-name record title; cloud-drive preview with VIP prompts, share expiry, save/download buttons; "
        "decimal headings 1.1–3.3; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>酒店客房窗帘杆更换施工方案.docx｜蜂仓云盘分享</title>
<link rel="stylesheet" href="https://static.fengcang.cn/share/preview.css">
<script src="https://static.fengcang.cn/share/preview.js"></script>
</head><body>
<div class="fc-top">⟦m 蜂仓云盘⟧ <a>⟦a 登录蜂仓⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="fc-share">
<div class="fc-file">⟦m 📄⟧ {T}<span>⟦m .docx　｜　52.3KB⟧</span></div>
<p class="fc-sharer">⟦m 分享者：云栖工程部_老侯　｜　分享于 3 天前　｜　有效期：剩余 4 天⟧</p>
<div class="fc-btns"><button>⟦a 保存到我的蜂仓⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a SVIP极速下载⟧</button></div>
<div class="fc-preview">
{BODY}
</div>
<div class="fc-vip">⟦a 在线预览仅展示前3页，开通SVIP查看完整文档⟧</div>
</div>
<div class="fc-foot">⟦d 请勿通过蜂仓云盘传播侵权或违法内容，发现请举报⟧ ⟦m 蜂仓云盘 粤ICP备19042875号⟧</div>
</body></html>
""",
        p_html='<p class="fc-p">{}</p>',
        body="""
1　工程概况
1.1　本工程为瀍口云栖酒店3至8层客房窗帘杆更换，共计144间，原铁艺窗帘杆统一更换为铝合金静音轨道杆。
2　施工安排
2.1　施工时间为8月12日至8月31日，每日9:00至17:00施工，每天完成8间客房。
2.2　施工前一日由客房部提供空房清单，施工人员按清单进场，不得进入住客房间。
3　质量与安全要求
3.1　拆除旧杆时须两人配合，防止杆体坠落伤人或砸坏家具。
3.2　新支架须用金属膨胀螺栓固定，安装后逐间做承重试验，悬挂10千克沙袋十分钟无松动方为合格。
3.3　施工产生的粉尘和垃圾当日清运，施工结束后由客房部逐间验收。
瀍口云栖酒店工程部
2024年8月5日
""",
    ),
    dict(
        slug="fengcang-drive-summary-office-power-strips-markers",
        site="蜂仓云盘 text preview (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.fengcang.cn/s/1Vb3nK9e",
        title="公司办公区接线板隐患整改工作总结",
        record_title="公司办公区接线板隐患整改工作总结（行政部存档）.wps",
        date="2024-12-20",
        notes="file-name record title with an archive tag; a cloud drive's text preview cut by ⚭ 第n页 ⚭ markers on "
        "lines of their own; share-expiry and save prompts; 成文日期 under the signature",
        page="""
!m 蜂仓云盘 · 文件分享
!t 公司办公区接线板隐患整改工作总结（行政部存档）.wps
!m 分享者：行政部_小蒋　　大小：38.6KB　　有效期：永久有效
!a 保存到蜂仓　　下载　　用WPS打开
{BODY}
!a —— 预览到此为止，登录后可查看全部页面 ——
!d 文件由用户自行上传分享，蜂仓云盘不对其内容负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⚭ 第{n}页 ⚭", every=110, start=2),
        body="""
为落实公司年度安全生产工作部署，行政部于11月对总部办公区开展了用电安全专项检查，重点排查接线板使用隐患，现将整改工作总结如下。
一、检查发现的问题。共检查办公室、会议室和茶水间46间，发现接线板串接使用9处、接线板放在地面被踩压6处、使用无认证接线板11个、接线板外壳破损或插孔松动8个。
二、整改措施。一是统一采购带过载保护的合格接线板60个，全部替换问题接线板；二是在工位下方加装理线架，接线板一律离地固定；三是茶水间热水器、微波炉改为墙面插座单独供电。
三、长效管理。行政部每月对各楼层进行一次用电巡查，巡查结果在公司内网通报；新员工入职培训增加安全用电内容。
行政部
2024年12月20日
""",
    ),
    dict(
        slug="xunji-snapshot-consumer-tip-power-strips",
        site="寻迹快照 (invented search-engine cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.xunji-search.cn/c?u=scjgj.chankou.gov.cn/xfts/20240614/1.html",
        title="消费提示：选购接线板认准五个细节",
        record_title="消费提示：选购接线板认准五个细节_瀍口市市场监督管理局 ‹寻迹快照›",
        date="2024-06-14",
        notes="snapshot frame: a capture banner (its time is no date) with highlighted terms; the cached portal's "
        "发布时间 as the page's date; the document's own 12315 line; a sentence on scanning a code (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>消费提示：选购接线板认准五个细节_瀍口市市场监督管理局 ‹寻迹快照›</title>
<style>.xj-bar{background:#fffbe6;border-bottom:1px solid #eee}.hl{background:#ff0}</style>
<script>var xjq = ["接线板", "选购"]; document.domain = "xunji-search.cn";</script>
<base href="http://scjgj.chankou.gov.cn/xfts/20240614/">
</head><body>
<div class="xj-bar">
<p>⟦d 这是寻迹搜索对 scjgj.chankou.gov.cn 的网页快照，捕获于 5 天前。原网页可能已经更改或删除。⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 纯文字版本⟧</p>
<p>⟦m 以下搜索词已高亮：<span class="hl">接线板</span> <span class="hl">选购</span>⟧</p>
</div>
<div class="orig">
<div class="top">⟦m 瀍口市市场监督管理局⟧ ⟦m 首页 | 政务公开 | 消费维权 | 办事服务⟧</div>
<div class="pos">⟦m 当前位置：首页 → 消费维权 → 消费提示⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-06-14　来源：消费者权益保护科⟧</div>
<div class="text">
{BODY}
</div>
<div class="foot">⟦m 瀍口市市场监督管理局主办　湘ICP备13010215号⟧</div>
</div>
</body></html>
""",
        body="""
近期，市市场监管局在流通领域接线板产品质量抽查中发现，部分产品存在电源线过细、插套接触不良、无保护门等问题。为帮助消费者正确选购，市市场监管局发布如下消费提示：
一、看认证。合格的接线板应有3C认证标志，标志清晰，可扫码查询真伪。
二、看标识。产品和包装上应标明额定电压、额定电流或额定功率，以及生产企业名称和地址。
三、看插孔。插孔应带保护门，用手指按压不易推开，插拔插头时松紧适中。
四、看电线。电源线应柔软有弹性，标注的导线截面积一般不小于0.75平方毫米。
五、看价格。价格明显低于市场价的产品，往往存在偷工减料问题，应谨慎购买。
消费者如发现质量问题，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="xunji-textcache-notice-roadside-car-wash",
        site="寻迹快照 text-only cache (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.xunji-search.cn/t?u=www.kuishan.gov.cn/tzgg/0421.html",
        title="关于整治占道洗车和洗车污水直排的通告",
        record_title=None,
        date="2025-04-21",
        notes="no title in the record: the cached page's title line; a text-only cache banner with a capture time (no "
        "date); a 通告 with 特此通告 and 成文日期 under the signature",
        page="""
!d 寻迹快照（纯文字版）：本页为 www.kuishan.gov.cn/tzgg/0421.html 于 2 天前的存档，不代表原网页现状。
!a 返回完整快照　｜　访问原网页
!m 篑山镇人民政府网 > 通知公告
{T}
!m 信息来源：镇综合行政执法队　　浏览：318
{BODY}
!m 篑山镇人民政府主办　　联系电话：0737-2751006
!m 网站标识码：4307030041
""",
        indent="\u3000\u3000",
        body="""
为维护镇区市容环境和道路通行秩序，保护瀙河水质，根据有关法律法规，镇人民政府决定开展占道洗车和洗车污水直排专项整治，现通告如下：
一、自2025年5月1日起，禁止在道路、人行道和公共广场上设置洗车机从事洗车经营活动。
二、洗车经营者应当在店内设置洗车区，配套沉淀池或循环水设备，洗车污水经处理后方可排入市政污水管网，严禁直排入河道和雨水管网。
三、对违反本通告的，由镇综合行政执法队依法查处；情节严重的，依法暂扣洗车机等设备。
特此通告。
篑山镇人民政府
2025年4月21日
""",
    ),
    dict(
        slug="jinlan-print-view-oil-heater-reminder",
        site="锦岚物业服务 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jinlan-wy.com/notice/print.aspx?id=1128",
        title="关于冬季安全使用油汀等取暖电器的温馨提示",
        record_title="关于冬季安全使用油汀等取暖电器的温馨提示（A4打印样式）",
        date="2024-11-28",
        notes="print view calling window.print(): print/close buttons, a print stamp (no date) and a print footer "
        "⸻ 第1页（共1页）⸻; the property office's own 24-hour line in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于冬季安全使用油汀等取暖电器的温馨提示（A4打印样式）</title>
<style>@media print{.noprint{display:none}} body{width:700px;margin:0 auto}</style>
<script>window.onload = function(){ window.print(); };</script>
</head><body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a 关闭此窗口⟧</div>
<div class="pt-head">⟦m 苢城锦岚物业 · 业主公告⟧</div>
<h2 align="center">{T}</h2>
<div class="pt-body">
{BODY}
</div>
<div class="pt-stamp">⟦m 打印人：前台　打印时间：2025-01-03 10:12⟧</div>
<div class="pt-foot" align="center">⟦p ⸻ 第1页（共1页）⸻⟧</div>
</body></html>
""",
        body="""
尊敬的各位业主、住户：
冬季来临，不少家庭开始使用油汀等取暖电器。为保障大家的用电和消防安全，物业服务中心提醒如下：
一、油汀等取暖电器请直接使用墙面插座，不要与电热水壶、电饭煲等共用一个接线板。
二、油汀周围一米内不要放置衣物、纸箱等可燃物，更不要在上面烘烤衣物。
三、外出或睡前请关闭取暖电器电源；家中有老人、儿童的，请多加看护。
四、如发现家中插座发热、跳闸频繁，请及时联系物业维修，切勿自行拆改线路。
物业服务中心24小时值班电话：0739-5231166。
感谢您的理解与配合，祝您温暖过冬！
苢城锦岚物业服务有限公司
2024年11月28日
""",
    ),
    dict(
        slug="juexi-school-print-rules-classroom-curtain-rods",
        site="玦溪县第二中学网站 print view (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.jx2z.cn/zwc/zhidu/print/37.html",
        title="学校教室窗帘杆安全检查制度",
        record_title="〈供打印〉学校教室窗帘杆安全检查制度 · 玦溪二中总务处",
        date=None,
        notes="text print view: a print header with the URL, a print date (no date), rules with 第N条 and only an "
        "effective clause; print footer ⎓ 1 / 1 ⎓",
        page="""
!m 玦溪县第二中学 · 总务处 · 规章制度
!m 本页地址：http://www.jx2z.cn/zwc/zhidu/37.html
{T}
{BODY}
!m 打印日期：2025-03-01　　打印人：总务处 梁老师
!p ⎓ 1 / 1 ⎓
""",
        indent="",
        body="""
第一条　为预防教室窗帘杆脱落伤人事故，保障师生安全，结合学校实际，制定本制度。
第二条　总务处负责全校教室窗帘杆的安装、检查和维修，各班班主任负责本班窗帘杆的日常观察和报告。
第三条　总务处每学期开学前和期中各组织一次全面检查，重点检查支架螺栓是否松动、杆体是否变形、挂环是否脱落，并填写检查记录。
第四条　各班发现窗帘杆松动、倾斜的，应立即停止拉动窗帘，由班主任报总务处，总务处应在两个工作日内维修。
第五条　严禁学生攀爬窗台拉扯窗帘，严禁在窗帘杆上悬挂重物。
第六条　本制度自印发之日起施行，由总务处负责解释。
""",
    ),
    dict(
        slug="fylib-webmail-letter-reading-room-curtain-rods",
        site="瀍口政务邮 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.ck-gov.cn/reader?mid=ZC2409110932A",
        title="关于阅览室窗帘杆加固维修的函",
        record_title="转呈｜【已发函】关于阅览室窗帘杆加固维修的函",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="webmail reading view of a forward to the director: the forward's header and the original mail's header "
        "(its 抄送 next to the letter's own 抄送 line); an attachment bar next to the letter's 附件 list; the letter's "
        "own contact, phone and mailbox; the forward's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>转呈｜【已发函】关于阅览室窗帘杆加固维修的函 - 瀍口政务邮</title>
<link rel="stylesheet" href="/webmail/css/read.css">
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="wm-top">⟦m 瀍口政务邮⟧ <span>⟦m 当前账号：guanzhang@fylib-ck.cn⟧</span> <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="wm-toolbar">⟦a 回复　回复全部　转发　删除　标记为⟧</div>
<div class="wm-head">
<h3>⟦t 转呈｜【已发函】关于阅览室窗帘杆加固维修的函⟧</h3>
<p>⟦m 发件人：冉思齐 &lt;ranszh@fylib-ck.cn&gt;⟧</p>
<p>⟦m 收件人：馆长 &lt;guanzhang@fylib-ck.cn&gt;⟧</p>
<p>⟦m 时　间：2024年9月11日（星期三）上午9:32⟧</p>
</div>
<div class="wm-attach">⟦a 📎 附件 2 个：松动位置照片.zip（3.2MB）　安装合同扫描件.pdf（860KB）　全部下载　在线预览⟧</div>
<div class="wm-body">
<p>⟦m 馆长：函已于昨天下午发给美居窗饰，请阅。思齐⟧</p>
<p>⟦m ---------- 转呈的邮件 ----------⟧</p>
<p>⟦m 原邮件信息：冉思齐 发送至 service@meiju-chuangshi.com⟧</p>
<p>⟦m 抄送：区文旅体局 &lt;wlt@fy-ck.gov.cn&gt;⟧</p>
<p>⟦m 主题：⟧{T}</p>
{BODY}
<p>⟦w 冉思齐｜芣原区图书馆办公室｜0737-2608315⟧</p>
</div>
<div class="wm-foot">⟦d 本邮件及附件可能含有保密信息，如误收请立即删除并告知发件人。⟧</div>
</body></html>
""",
        body="""
瀍口美居窗饰有限公司：
贵公司于2022年为我馆二楼阅览室安装的窗帘杆，近期有3处支架出现松动，其中一根窗帘杆已向下倾斜，存在脱落隐患。按照双方安装合同约定的五年质保条款，请贵公司于9月20日前派员到馆检查，并对全部支架进行加固维修。
为不影响读者阅览，请在周一闭馆日进场施工，施工前请与我馆联系确认。
联系人：办公室　冉思齐，电话：0737-2608315，邮箱：ranszh@fylib-ck.cn
附件：1．阅览室窗帘杆松动位置照片
2．窗帘杆安装合同（2022）扫描件
芣原区图书馆
2024年9月10日
抄送：芣原区文化旅游体育局
""",
    ),
    dict(
        slug="paochuan-mail-forward-notice-old-power-strips",
        site="forwarded office mail, text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2024-10-23/0905-zhuan",
        title="关于办公楼更换老化接线板的通知",
        record_title="转：[全员]关于办公楼更换老化接线板的通知",
        date="2024-10-21",
        date_also=["2024-10-23"],
        notes="a forwarded mail as text: header lines, an original-message separator, the sender's signature and a "
        "mail-client footer around a notice; the notice's own extension line; send date differs from the 成文日期",
        page="""
!m 发件人：莫远帆 <moyf@pcjgsw.gov.cn>
!m 发送时间：2024年10月23日 星期三 上午9:05
!m 收件人：中心全体职工
!t 主题：转：[全员]关于办公楼更换老化接线板的通知
!m ---------- 原始邮件 ----------
!m 发件人：综合科 <zhk@pcjgsw.gov.cn>
{T}
{BODY}
!w —— 莫远帆 ｜ 匏川县机关事务服务中心综合科 ｜ 手机 138 0739 8812
!d 此邮件由匏川政务邮系统发出，请勿直接回复系统地址。
""",
        indent="",
        body="""
各科室：
为消除办公楼用电安全隐患，中心决定于10月28日至11月1日对办公楼内使用五年以上的老化接线板进行统一更换。现将有关事项通知如下：
一、请各科室于10月25日前清点本科室接线板数量，将需更换的数量报综合科。
二、更换期间由物业电工逐间上门，请各科室安排专人配合，并提前保存电脑文件，防止断电造成数据丢失。
三、更换下来的旧接线板由综合科统一回收处理，请勿自行丢弃。
联系人：综合科　莫远帆，分机：8023
匏川县机关事务服务中心
2024年10月21日
""",
    ),
]
