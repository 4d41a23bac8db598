"""holdout107, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (two each).
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-shenlun-text-street-piano-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-90317-1-1.html",
        title="让街头钢琴奏响城市文明的旋律",
        record_title="[申论范文] 让街头钢琴奏响城市文明的旋律（附老师点评） - 申论专区 - 上岸公考论坛",
        date=None,
        notes="exam forum: decorated title with board and site; the teacher's comment box and the floor replies are chrome; junk glued; relative time only (5小时前), no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 申论专区 › 范文精选
!t [申论范文] 让街头钢琴奏响城市文明的旋律（附老师点评）
!m 楼主：备考的阿棠　5小时前
{BODY}
!l 【老师点评】立意准确，论证层次清楚，第三段可再补一个具体事例。
!l 2楼 一战上岸：收藏了，明天背
!a 回复本帖可下载完整申论素材包
""",
        body="""
在城市的地铁站、广场和公园里，一架架街头钢琴静静地等待着过往的行人。有人驻足弹奏，有人围观聆听，钢琴成为城市里一道温暖的风景。
街头钢琴首先是公共文化服务的创新。它把音乐从音乐厅带到街头，让普通市民零门槛地参与艺术。
街头钢琴也是城市文明的试金石。钢琴能否完好无损，考验的是每一位市民的公德心。
让街头钢琴持续奏响，既需要管理者做好日常维护，也需要每个人自觉爱护。
""",
    ),
    dict(
        slug="gkforum-mianshi-html-brickyard-museum-interview",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="answer",
        form="html",
        source="https://www.gkyizhan.example.net/forum/t/55102",
        title="某地将废弃砖厂改造成工业遗址博物馆，有人认为浪费钱，你怎么看？",
        record_title="[面试真题] 某地将废弃砖厂改造成工业遗址博物馆，有人认为浪费钱，你怎么看？（附参考答案）",
        date="2025-03-27",
        notes="exam-forum HTML with jammer fonts; decorated title; 发表于 as the page date; a paid-answer lock line between paragraphs; a countdown to the exam in the sidebar",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 某地将废弃砖厂改造成工业遗址博物馆，有人认为浪费钱，你怎么看？（附参考答案） - 公考驿站论坛</title></head><body>
<div class="hd">⟦m 公考驿站论坛⟧ ⟦a 登录｜注册⟧</div>
<div class="pt">⟦m 首页 › 面试交流 › 真题解析⟧</div>
<h1>⟦t [面试真题] 某地将废弃砖厂改造成工业遗址博物馆，有人认为浪费钱，你怎么看？（附参考答案）⟧</h1>
<div class="authi">⟦m 面试老杨⟧ ⟦m 发表于 2025-3-27 21:40⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="side">⟦m 距省考面试还有 18 天⟧ ⟦l 热帖：结构化面试十大易错点⟧</div>
<div class="ft">⟦m Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
【参考答案】
我认为，把废弃砖厂改造成工业遗址博物馆，不能简单地说是浪费钱，关键在于怎么改、改完怎么用。
首先，老砖厂承载着一座城市几代人的记忆，保护工业遗产本身就有文化价值。
⟦a 完整答案及名师解析仅对VIP会员开放⟧
其次，如果只建不用，确实会造成浪费。应当引入研学、文创、展演等业态，让遗址活起来。
最后，建设过程中要充分听取群众意见，做好成本测算，避免贪大求洋。
""",
    ),
    dict(
        slug="wiki-baike-html-cordyceps-harvest-measures",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/虫草采挖管理办法/20931",
        title="虫草采挖管理办法",
        record_title="虫草采挖管理办法_知源百科",
        date=None,
        notes="encyclopaedia entry with edit links, a table of contents and a reference list; an example date inside a sentence is not the page's date; no date",
        page="""
<html><head><meta charset="utf-8"><title>虫草采挖管理办法_知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ <a>⟦a 编辑词条⟧</a> <a>⟦a 收藏⟧</a> ⟦m 浏览 6,408 次⟧</div>
<h1>{T}</h1>
<div class="toc">⟦l 目录　1 概述　2 主要内容　3 参考资料⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 某州人民政府公报⟧</div>
<div class="stat">⟦m 词条统计：编辑次数 7 次　最近更新：知源用户k9⟧</div>
<div class="ft">⟦d 知源百科词条内容由网友共同编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
虫草采挖管理办法是我国部分高原地区地方政府为规范冬虫夏草采挖秩序、保护草原生态而制定的规范性文件的统称。
此类办法通常规定，采挖实行许可证制度，外来采挖人员须持证进山，采挖期一般为每年5月至6月。
办法一般要求采挖者随挖随填，不得在草场上乱扔垃圾、乱砍灌木。例如某州规定，采挖期自5月10日开始，6月30日结束。
违反规定的，由草原监督管理机构责令改正，没收非法所得，并可处以罚款。
""",
    ),
    dict(
        slug="wiki-wenda-text-seawall-management-answer",
        site="问百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenbaike.example.net/ask/8821036.html",
        title="海塘管理范围内禁止哪些行为？",
        record_title=None,
        date="2024-12-11",
        notes="wiki Q&A text: the question (title) missing from the record; the answer's 回答于 line gives the page date; a numbered list; the answerer's badge and 'other answers' are chrome",
        page="""
!m 问百科 > 生活 > 法律法规
{T}
!m 浏览 1236　关注 9
!m 水利小砖　水利工程师　回答于 2024-12-11
{BODY}
!l 已赞过　有 21 人觉得有用
!l 其他回答（2）
!d 本回答由网友提供，不代表问百科立场
""",
        body="""
根据各地海塘管理条例的一般规定，在海塘管理范围内禁止下列行为：
1. 在塘身上挖坑、取土、打井或者堆放重物。
2. 擅自在塘身上修建房屋、开设道口。
3. 在海塘保护范围内采砂、爆破、开采石料。
4. 损毁、移动护塘的水文、通信和观测设施。
违反的，由水行政主管部门责令停止违法行为、限期恢复原状，可以并处罚款。
""",
    ),
    dict(
        slug="netdisk-yunpan-html-rodent-control-plan",
        site="云仓网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yuncang.example.com/s/1rTq8xYw",
        title="2025年春季城区灭鼠工作方案",
        record_title="2025年春季城区灭鼠工作方案.pdf",
        date="2025-03-05",
        notes="cloud-drive share page: file name as title, expiry line, save-to-drive and download buttons, a preview area; an ad strip; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>2025年春季城区灭鼠工作方案.pdf_免费高速下载|云仓网盘</title></head><body>
<div class="hd">⟦m 云仓网盘⟧ ⟦a 登录⟧ ⟦a 注册领1T空间⟧</div>
<div class="file"><h2>⟦t 2025年春季城区灭鼠工作方案.pdf⟧</h2>
<p>⟦m 分享者：爱卫办小周　文件大小：286KB　失效时间：永久有效⟧</p>
<p>⟦a 保存到网盘⟧ ⟦a 下载(286KB)⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="ad">⟦a 开通超级会员，下载不限速⟧</div>
<div class="ft">⟦d 云仓网盘严禁分享违法违规内容，一经发现立即删除⟧</div>
</body></html>
""",
        body="""
为降低城区鼠密度，预防鼠传疾病，根据市爱卫会统一部署，决定于3月至4月开展春季城区灭鼠工作。
一、时间安排。3月10日至3月20日为准备阶段，3月21日至4月20日为集中投药阶段，4月下旬开展效果评估。
二、重点区域。农贸市场、餐饮集中区、建筑工地、垃圾中转站和老旧小区。
三、技术要求。统一使用抗凝血类慢性灭鼠剂，设置毒饵站，严禁使用国家禁用的急性鼠药。
四、安全要求。投药点要张贴警示标识，防止儿童和家禽误食。
碚城区爱国卫生运动委员会办公室
2025年3月5日
""",
    ),
    dict(
        slug="netdisk-nas-text-cattail-harvest-summary",
        site="家庭NAS分享链接 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://nas.laozheng.example.net:5000/sharing/Zk3pQ",
        title="湿地香蒲收割与资源化利用工作总结",
        record_title="湿地香蒲收割与资源化利用工作总结（终稿）.docx",
        date="2024-11-28",
        notes="NAS file-share text with a file list header, a preview note and the share expiry; file-name title; Chinese numeral date under the signature",
        indent="\u3000\u3000",
        page="""
!m 老郑的NAS · 文件分享
!m 共享文件夹 / 湿地站资料 / 2024
!t 湿地香蒲收割与资源化利用工作总结（终稿）.docx
!m 修改日期：2024-12-02 21:14　大小：41.7 KB
!a 下载　|　在线预览
{BODY}
!m 此分享链接将于 7 天后过期
""",
        body="""
今年十月至十一月，湿地保护站组织对核心区外围的香蒲进行集中收割，共收割香蒲一千一百亩，清运植物残体约二千六百吨。
一是防止了秋冬季香蒲枯死后腐烂造成水体二次污染，湖区水质监测断面总磷浓度比去年同期下降百分之十二。
二是探索了资源化利用的路子。与两家企业合作，将香蒲加工成编织原料和有机肥，实现收入十八万元。
三是存在不足。收割机械数量不足，部分深水区仍靠人工，进度偏慢。
砺阳湿地保护站
二〇二四年十一月二十八日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-html-maglev-tourist-line",
        site="快照搜索 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.kuaizhao.example.com/c?url=www.cicheng.example.gov.cn/jt/2025/0601/77.html",
        title="关于中低速磁浮旅游线开通试运营的公告",
        record_title="关于中低速磁浮旅游线开通试运营的公告 - 快照",
        date="2025-06-01",
        notes="search-cache frame: the snapshot banner with the crawl time, highlighted query words, then the cached portal page; the ticket-price table kept; crawl time is not the date",
        page="""
<html><head><meta charset="utf-8"><title>关于中低速磁浮旅游线开通试运营的公告 - 快照</title></head><body>
<div class="snap">⟦m 这是 www.cicheng.example.gov.cn/jt/2025/0601/77.html 的快照，抓取于 2025年6月9日 03:12⟧<br>⟦m 页面可能已经更改，您检索的词已被标亮：磁浮 试运营⟧ ⟦a 点此查看当前页面⟧</div>
<hr>
<div class="site">⟦m 磁城市交通运输局⟧</div>
<div class="pos">⟦m 首页 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-06-01⟧</div>
<div class="content">
{BODY}
</div>
<div class="ft">⟦m 磁城市交通运输局 版权所有⟧</div>
</body></html>
""",
        body="""
经验收合格，磁城中低速磁浮旅游线定于2025年6月6日起开通试运营。现将有关事项公告如下：
一、线路全长九点二公里，设高铁站、古城、湖滨、花海四座车站。
二、运营时间为每日8:00至20:00，行车间隔十五分钟。
三、票价如下：
乘车区间　单程票价
相邻两站　5元
全程　15元
四、一米二以下儿童在成人陪同下免票乘车。
磁城市交通运输局
2025年6月1日
""",
    ),
    dict(
        slug="snapshot-wenben-text-areca-health-notice",
        site="纯文本网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://textcache.example.org/view?u=wjw.haiyu.example.gov.cn%2Fjkjy%2F3108.html",
        title="关于开展槟榔危害健康宣传教育的通知",
        record_title="关于开展槟榔危害健康宣传教育的通知",
        date="2024-05-30",
        notes="text-only snapshot: the cache header with its stamp and the original URL, then the portal page's text; document number neutral; 抄送 line kept; crawl stamp is not a date",
        page="""
!m 【网页快照】本页为 wjw.haiyu.example.gov.cn/jkjy/3108.html 于 2025-01-17 的纯文本存档
!a [查看原网页]　[查看带图版本]
!m 海屿市卫生健康委员会 > 健康教育
{T}
海卫健〔2024〕58号
{BODY}
!m 海屿市卫生健康委员会　电话：0898-31200000
""",
        body="""
各区卫生健康局，委属各医疗卫生单位：
长期咀嚼槟榔可导致口腔黏膜下纤维化，并增加口腔癌发病风险。为提高群众健康素养，决定在全市开展槟榔危害健康宣传教育活动。
一、各单位要利用健康讲座、宣传栏和义诊活动，广泛宣传槟榔危害知识。
二、口腔科要对有咀嚼槟榔习惯的就诊者开展口腔黏膜筛查和戒除指导。
三、活动情况请于12月15日前报市卫生健康委健康教育科。
抄送：市教育局、市市场监管局
海屿市卫生健康委员会
2024年5月30日
""",
    ),
    dict(
        slug="print-guji-html-ice-house-repair-plan",
        site="砥原县文物保护中心 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://wbzx.diyuan.example.gov.cn/print.jsp?id=4417",
        title="古冰窖遗址抢险加固工程实施方案",
        record_title="打印预览 - 古冰窖遗址抢险加固工程实施方案",
        date="2024-08-19",
        notes="print view: print/close buttons, the page URL and a print footer 第 1 页 ⁄ 共 1 页; decimal headings; a schedule table; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 古冰窖遗址抢险加固工程实施方案</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 来源：砥原县文物保护中心　日期：2024-08-19⟧</div>
{BODY}
<div class="url">⟦m http://wbzx.diyuan.example.gov.cn/art/2024/8/19/art_4417.html⟧</div>
<div class="pf">⟦p 第 1 页 ⁄ 共 1 页⟧</div>
</body></html>
""",
        body="""
1 工程概况
古冰窖遗址为清代官办冰窖，县级文物保护单位。今年汛期连续降雨，窖顶局部坍塌，需立即抢险加固。
2 加固措施
2.1 拆除窖顶松动砖石，按原形制、原材料补砌。
2.2 窖壁裂缝采用传统白灰浆灌缝。
2.3 周边增设排水沟，防止雨水渗入。
3 进度安排
阶段　时间
清理与支护　8月下旬
补砌与灌缝　9月
验收　10月上旬
砥原县文物保护中心
2024年8月19日
""",
    ),
    dict(
        slug="print-kudzu-text-processing-plant-safety",
        site="葛乡食品公司 打印稿 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gexiangfood.example.cn/print/notice-0923.html",
        title="关于做好葛根加工旺季安全生产工作的通知",
        record_title="〔打印稿〕关于做好葛根加工旺季安全生产工作的通知",
        date="2024-09-23",
        notes="print page text: print header with the URL and print time, a print footer line; decorated title; hard-wrapped at 64 columns; print time is not the date",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!m 葛乡食品有限公司　http://www.gexiangfood.example.cn
!m 打印时间：2024/10/08 09:47
!t 〔打印稿〕关于做好葛根加工旺季安全生产工作的通知
{BODY}
!p —— 第 1 页 · 共 1 页 ——
""",
        body="""
各车间、部门：
十月至十二月是葛根收购加工旺季，生产任务重、临时用工多。为确保安全生产，现将有关要求通知如下。
一、粉碎、过滤和烘干设备开机前必须检查防护罩和急停按钮，严禁带病运行。
二、新招临时工必须经过三级安全教育，考试合格后方可上岗。
三、烘干车间严禁吸烟和使用明火，消防器材每周检查一次。
四、各车间每天下班前进行安全巡查，发现隐患立即整改。
葛乡食品有限公司
2024年9月23日
""",
    ),
    dict(
        slug="mail-fw-text-lighter-standard-notice",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:quality@huoshi-lighter.example.com",
        title="关于执行打火机安全新标准的通知",
        record_title="Fw: 关于执行打火机安全新标准的通知",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="forwarded mail: forward header (发件人/发送时间/收件人/主题), the forwarder's note, a mail footer and an unsubscribe line; the notice's own 附件 and 抄送 kept; the 成文日期 vs send date (accepted too)",
        page="""
!m 发件人："质量部 邵工" <quality@huoshi-lighter.example.com>
!m 发送时间：2025年5月12日(星期一) 上午10:05
!m 收件人：各车间主任
!t 主题：Fw: 关于执行打火机安全新标准的通知
!l 各位主任，行业协会通知转发给大家，请组织学习。—— 邵
!m -------- 原始邮件 --------
!m 发件人：市打火机行业协会秘书处
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请删除
!a 退订此类通知
""",
        body="""
各会员企业：
打火机安全新国家标准将于今年下半年正式实施。新标准对防儿童开启装置、火焰高度和跌落试验提出了更高要求。请各企业做好以下工作：
一、对照新标准开展自查，六月底前完成产品设计调整。
二、委托有资质的检测机构进行型式检验。
三、新标准实施后，不符合要求的产品一律停止生产和出口。
附件：打火机安全新标准主要变化对照表
抄送：市市场监督管理局
市打火机行业协会
2025年5月8日
""",
    ),
    dict(
        slug="mail-newsletter-text-okra-coop-bulletin",
        site="邮件简报转发 (invented)",
        style="邮件转发",
        genre="简报",
        kind="news",
        form="text",
        source="mailto:newsletter@qiukui-coop.example.cn",
        title="秋葵合作社工作简报（第5期）",
        record_title="转发：秋葵合作社工作简报（第5期）",
        date="2024-07-30",
        date_also=["2024-08-01"],
        notes="mailed newsletter forwarded: mail header, 'view in browser' and unsubscribe lines; the bulletin's own 报送/印发 lines kept; an issue number line under the title neutral",
        page="""
!m 发件人：磻溪县秋葵专业合作社 <newsletter@qiukui-coop.example.cn>
!m 日期：2024-08-01 08:30
!t 转发：秋葵合作社工作简报（第5期）
!a 邮件显示不正常？点此在浏览器中查看
磻溪县秋葵专业合作社编　2024年7月30日
{BODY}
!a 不想再收到此简报？点击退订
!d 本邮件由系统自动发送，请勿直接回复
""",
        body="""
夏季秋葵采收过半，七月份合作社共收购鲜秋葵六百八十吨，销往长三角地区的比例达到七成。
七月中旬，合作社邀请省农科院专家到田间指导，重点讲解了秋葵蚜虫绿色防控技术，八十多名社员参加。
合作社新建的预冷库已投入使用，鲜秋葵采摘后两小时内入库，损耗率由百分之八降到百分之三。
报送：县农业农村局
印发：合作社全体社员
""",
    ),
]
