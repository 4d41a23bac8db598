"""holdout75, part C: a car-rental risk note on a law firm's site, a used-car market's rules in a
print view, a hot-spring resort's plan on a download station, an edible-fungus co-op on a sharing
site, a navel-orange festival host script in an encyclopaedia, a lychee survey in a 范文 app, a
rice-wine workshop's self-check on a cloud drive, a tea-garden internship at a college, a
crosstalk club on a fans' forum, a Kunqu troupe's recruitment and a Peking-opera essay on an
exam forum. Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="lawfirm-zhengming-car-rental-risk-html",
        site="正明律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.zhengminglaw.example.com/insights/2025/0612.html",
        title="汽车租赁合同纠纷的五个常见风险及防范建议",
        record_title="律师说法丨汽车租赁合同纠纷的五个常见风险及防范建议 | 正明律师事务所",
        date="2025-06-12",
        notes="law-firm template: consult floating box, a 'not legal advice' disclaimer, the firm's address; numbered list; 拍照/录像 advice kept",
        page="""
<html><head><meta charset="utf-8"><title>律师说法丨汽车租赁合同纠纷的五个常见风险及防范建议 | 正明律师事务所</title></head><body>
<header>⟦m 正明律师事务所 ZHENGMING LAW FIRM⟧ <nav>⟦m 关于我们　专业领域　律师团队　正明观点　联系我们⟧</nav></header>
<h1>⟦t 律师说法丨汽车租赁合同纠纷的五个常见风险及防范建议⟧</h1>
<div class="author">⟦m 作者：石慧敏 律师　｜　2025.06.12　｜　正明观点⟧</div>
<article>
{BODY}
</article>
<div class="disclaimer">⟦d 本文仅为作者个人观点，不视为正明律师事务所或其律师出具的正式法律意见或建议。⟧</div>
<div class="float">⟦w 免费法律咨询 电话：0731-8899-5518（工作日）⟧</div>
<div class="tags">⟦l 标签：#合同纠纷 #汽车租赁 #消费维权⟧</div>
<footer>⟦m 湖南正明律师事务所　地址：莒湾市芙蓉中路二段99号金融大厦18楼⟧ ⟦m 湘ICP备19021003号⟧</footer>
</body></html>
""",
        body="""
近年来，随着自驾出行增多，汽车租赁合同纠纷也逐年增加。结合本所代理的案件，我们梳理出以下五个常见风险。
1.车辆交接不清。取车时未对车辆外观、油量、里程进行确认，还车时被要求赔偿原有划痕。
2.押金退还拖延。部分租赁公司以“违章待查”为由长期扣押押金，有的超过三个月仍未退还。
3.保险范围不明。承租人误以为已全额投保，发生事故后才发现不计免赔并未购买。
4.逾期还车计费过高。合同约定的逾期租金远高于正常日租金，容易产生争议。
5.格式条款加重承租人责任。如约定“车辆出现任何故障均由承租人承担”等。
建议承租人取车时对车辆全方位拍照或录像，仔细阅读合同条款，对不合理的格式条款及时提出异议并保留证据。
""",
    ),
    dict(
        slug="used-car-market-gengyuan-rules-print",
        site="莄原二手车交易市场 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.gyesc.example.com/news/print.aspx?id=306",
        title="莄原二手车交易市场车辆交易管理办法",
        record_title="莄原二手车交易市场车辆交易管理办法 - 打印",
        date="2025-03-01",
        notes="print view: print time and URL at the top, print footer 第1页/共1页 with its own wording, a close link; a rule whose articles speak of 打印/复印/下载",
        page="""
!m 莄原二手车交易市场有限公司
!m 打印日期：2025/4/9 14:26:03
!m https://www.gyesc.example.com/news/view.aspx?id=306
!t 莄原二手车交易市场车辆交易管理办法 - 打印
{BODY}
!a 〖打印〗〖关闭本页〗
!p 页码 1 / 1
""",
        body="""
第一条　为规范本市场二手车交易行为，保护交易双方合法权益，制定本办法。
第二条　进场交易车辆须证件齐全，卖方须提供机动车登记证书、行驶证和本人身份证原件。
第三条　交易服务窗口为买卖双方打印二手车销售统一发票和交易合同，复印件须由经办人签字确认。
第四条　车辆检测报告可在市场公众号下载，检测结果有异议的可申请复检一次。
第五条　严禁非法拼装车、盗抢车、达到报废标准的车辆进场交易。
第六条　本办法自2025年3月1日起施行。
莄原二手车交易市场有限公司
2025年3月1日
""",
    ),
    dict(
        slug="hotspring-resort-mingtang-plan-download-oldtable",
        site="县域资料下载站 (invented)",
        style="资料下载站",
        genre="预案",
        kind="plan",
        form="html",
        source="http://www.xyzlxz.example.net/soft/20250109/4471.html",
        title="茗汤温泉度假村突发事件应急预案",
        record_title="茗汤温泉度假村突发事件应急预案.doc下载",
        date="2024-12-30",
        notes="old ASP download station: file-info table, mirror links, a dead-link report; decimal headings 3.1/3.2; the resort's own 应急电话 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>茗汤温泉度假村突发事件应急预案.doc下载</title></head><body>
<table width="100%"><tr><td>⟦m 县域资料下载站 - 公文 范本 表格 一站下载⟧</td><td>⟦a 设为首页 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 资料分类：应急预案　文件大小：46KB　授权方式：免费　更新：2025-01-09　下载次数：207⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS　评分：★★★★☆⟧</td></tr></table>
<h3>⟦t 茗汤温泉度假村突发事件应急预案.doc⟧</h3>
<p>⟦m 资料简介：⟧</p>
{BODY}
<table><tr><td>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告死链⟧</td></tr></table>
<table><tr><td>⟦l 本类热门：⟧</td><td>⟦l 景区安全生产应急预案⟧</td><td>⟦l 酒店消防疏散预案⟧</td></tr></table>
<p>⟦d 本站资料均来自网络，版权归原作者所有，若侵权请来信告知。⟧</p>
</body></html>
""",
        body="""
1 总则
1.1 为及时有效处置度假村内发生的各类突发事件，保障游客和员工生命财产安全，制定本预案。
1.2 本预案适用于度假村温泉区、客房区、餐饮区发生的溺水、烫伤、火灾、食物中毒等突发事件。
2 组织机构
成立应急处置领导小组，总经理任组长，分管副总任副组长，各部门经理为成员。
3 处置程序
3.1 温泉池发生溺水时，救生员须在30秒内下水施救，同时通知医务室和值班经理。
3.2 发生火灾时，立即启动消防广播，按疏散路线引导游客撤离至停车场集合。
4 联络方式
度假村应急值班电话：0739-7886110（24小时）
茗汤温泉度假村有限公司
2024年12月30日
""",
    ),
    dict(
        slug="fungus-coop-jiaocheng-plan-docshare",
        site="文享网 (invented)",
        style="文档分享",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.wenxiang.example.cn/doc/5520917.html",
        title="萑城县香菇种植专业合作社2025年生产计划",
        record_title="萑城县香菇种植专业合作社2025年生产计划",
        date=None,
        notes="sharing site; page markers ⧚2⧛ glued to continuations; a VIP prompt after the signature; an upload notice; year only in the title",
        pages=dict(fmt="⧚{n}⧛", every=100, start=2, glue=True),
        page="""
!m 文享网 — 分享知识 传播价值
!t 萑城县香菇种植专业合作社2025年生产计划
!m 贡献者：菇乡小农　|　页数 3 页　|　2025-01-12 上传　|　0.8积分
{BODY}
!a 开通VIP，免费下载本文及千万份精品文档
!d 文享网所有资源均为用户分享，如涉及侵权请与我们联系，我们将及时处理。
!l 相关文档：食用菌大棚管理制度　合作社年度工作总结
""",
        body="""
一、生产目标
2025年计划生产香菇菌棒60万棒，鲜菇产量预计达到480吨，实现销售收入720万元，社员户均增收1.2万元。
二、主要措施
（一）统一菌种供应。与县食用菌研究所合作，统一引进“庆科20”等优良菌种，从源头上保证品质。
（二）统一技术标准。聘请技术员2名，对社员开展接种、发菌、出菇管理培训，每季度不少于一次。
（三）统一品牌销售。注册“萑山菇”商标，与县城三家超市签订直供协议，拓展线上销售渠道。
三、资金安排
菌棒生产需流动资金约150万元，拟通过社员入股和申请农业信贷担保解决。
""",
    ),
    dict(
        slug="navel-orange-festival-host-script-wiki",
        site="公文知识百科 (invented)",
        style="百科问答",
        genre="主持词",
        kind="other",
        form="html",
        source="https://baike.gongwenzs.example.com/item/qicheng-zhuchici",
        title="第八届苈湾脐橙文化旅游节开幕式主持词",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no record title; entry tabs, an edit link, a 目录 box; the host script with ××× placeholders and an example date in a sentence (no date)",
        page="""
<html><head><meta charset="utf-8"><title>脐橙节开幕式主持词_公文知识百科</title></head><body>
<div class="top">⟦m 公文知识百科⟧ ⟦a 登录　注册　创建词条⟧</div>
<h1>⟦t 第八届苈湾脐橙文化旅游节开幕式主持词⟧</h1>
<div class="tabs">⟦a 编辑　讨论　收藏　分享⟧</div>
<div class="toc">⟦l 目录 1 范文 2 写作要点 3 参考资料⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="info">⟦m 词条统计　浏览次数：4129次　编辑次数：6次　最近更新：编辑员小叶⟧</div>
<div class="ft">⟦d 百科内容由网友共同编辑，如遇问题请参考专业资料。⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
金秋十一月，橙香满苈湾。今天，我们在这里隆重举行第八届苈湾脐橙文化旅游节开幕式。
出席今天开幕式的领导和嘉宾有：×××、×××……让我们以热烈的掌声表示欢迎！
首先，有请苈湾县人民政府县长×××致欢迎辞。
下面，有请种植大户代表×××发言。
现在，我宣布：第八届苈湾脐橙文化旅游节开幕！
写作提示：主持词的开场应点明时间和主题，如“2025年11月8日”这样的具体日期可按实际活动日期填写。
""",
    ),
    dict(
        slug="lychee-survey-muchuan-fanwen-app",
        site="笔杆子范文APP (invented)",
        style="范文APP",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.biganzi-app.example.com/s/7fq0Lx1",
        title="关于木川镇荔枝产业发展情况的调研报告",
        record_title="关于木川镇荔枝产业发展情况的调研报告（可编辑）",
        date="2025-07-22",
        notes="范文 app share page: open-in-app prompts, a member paywall glued after a sentence (the rest still given), a 打开APP line between paragraphs; Chinese-numeral date",
        page="""
!a 打开笔杆子APP，阅读体验更佳
!t 关于木川镇荔枝产业发展情况的调研报告（可编辑）
!m 笔杆子精选　·　4821人看过
{BODY}
!a 👉 在APP内打开　　📄 导出Word
!l 为你推荐：特色农业产业调研报告｜乡村振兴调研报告范文
!m 笔杆子 — 体制内写作好帮手
""",
        body="""
为摸清我镇荔枝产业发展现状，6月下旬至7月中旬，镇调研组深入8个村、3家合作社开展专题调研。
一、基本情况。全镇荔枝种植面积2.6万亩，今年总产量约1.9万吨，产值约2.3亿元。⟦a 会员可查看完整内容，开通会员¥18/月⟧
二、存在问题。一是品种结构单一，早熟品种占比超过七成，上市期集中；二是冷链设施不足，采后损耗率在15%左右。
⟦a 打开APP查看全文 ▼⟧
三、对策建议。优化品种结构，扩种晚熟品种；建设产地预冷库；培育电商主体，拓宽销售渠道。
木川镇人民政府调研组
二〇二五年七月二十二日
""",
    ),
    dict(
        slug="rice-wine-workshop-self-check-netdisk",
        site="蜗牛网盘分享页 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://pan.woniu.example.com/s/1aBc9XyZ?pwd=q7k2",
        title="蕨川县老杜米酒作坊食品安全自查报告",
        record_title="蕨川县老杜米酒作坊食品安全自查报告.docx",
        date="2025-04-03",
        notes="cloud-drive share: file name as title, share stamp (not a date), extraction code, save/download buttons, expiry notice; 附件 list kept",
        page="""
!m 蜗牛网盘
!m 杜**分享的文件　　分享时间：2025-04-10 11:02　　有效期：7天
!t 蕨川县老杜米酒作坊食品安全自查报告.docx
!a 保存到我的网盘　　下载（38KB）　　举报
!m 提取码：q7k2
{BODY}
!a 预览仅显示部分内容，登录后查看完整文件
!d 请勿分享违规内容，网盘将依法配合有关部门的调查。
""",
        body="""
县市场监督管理局：
根据《关于开展小作坊食品安全专项检查的通知》要求，我作坊于3月下旬对照检查表开展了全面自查，现将情况报告如下。
一、证照情况。小作坊登记证在有效期内，从业人员3人均持有有效健康证明。
二、原料管理。糯米从县粮油公司统一购进，建立了进货查验台账，酒曲来源可追溯。
三、生产过程。蒸饭、发酵、过滤等环节均在独立操作间内完成，发酵缸每批次清洗消毒。
四、存在问题及整改。成品留样记录不完整，已购置留样柜，并于4月1日起逐批留样。
附件：1.小作坊登记证复印件
2.从业人员健康证明复印件
蕨川县老杜米酒作坊
2025年4月3日
""",
    ),
    dict(
        slug="tea-garden-internship-college-notice-html",
        site="苕山农林职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ssnlxy.example.edu.cn/jwc/info/1022/3851.htm",
        title="关于组织茶学专业2023级学生赴茶园开展春茶采制实习的通知",
        record_title="关于组织茶学专业2023级学生赴茶园开展春茶采制实习的通知-教务处",
        date="2025-03-18",
        notes="university template: department header, 发布者/浏览 line, a placement table, 下载 of a safety pledge as part of the document, attachments list, footer with address",
        page="""
<html><head><meta charset="utf-8"><title>关于组织茶学专业2023级学生赴茶园开展春茶采制实习的通知-教务处</title></head><body>
<div class="hd">⟦m 苕山农林职业学院 教务处⟧ <span>⟦a 学校首页 | English⟧</span></div>
<div class="nav">⟦m 机构设置　教学运行　实践教学　考试管理　下载中心⟧</div>
<h1>⟦t 关于组织茶学专业2023级学生赴茶园开展春茶采制实习的通知⟧</h1>
<div class="info">⟦m 发布者：实践科　时间：2025-03-18　浏览：（ 702 ）⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：2025年春季学期补考安排⟧ ⟦l 下一条：关于开展教学检查的通知⟧</div>
<div class="ft">⟦m 地址：苕山市学院路1号　邮编：423000⟧ ⟦d 版权所有©苕山农林职业学院⟧</div>
</body></html>
""",
        body="""
各二级学院：
为提高学生茶叶采摘和加工实践能力，经研究，决定组织茶学专业2023级学生赴校外实习基地开展春茶采制实习。
一、实习时间：2025年3月31日至4月18日，共三周。
二、实习安排
班级　人数　实习基地　带队教师
茶学2301　42　云雾山茶园　谭明
茶学2302　40　高桥茶叶合作社　文静
三、有关要求：学生须在教务系统下载并签订实习安全承诺书，出发前交带队教师；实习期间严格遵守基地管理制度，不得擅自离岗。
附件：1.春茶采制实习指导书
2.实习安全承诺书
教务处
2025年3月18日
""",
    ),
    dict(
        slug="crosstalk-club-forum-discuz-jammer",
        site="笑谈天下曲艺论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.xiaotan.example.com/forum.php?mod=viewthread&tid=90211",
        title="青柳相声社2025年跨年专场演出通知",
        record_title="青柳相声社2025年跨年专场演出通知 - 社团公告 - 笑谈天下曲艺论坛",
        date="2025-12-10",
        notes="Discuz-like forum: jammer fonts glued and as lines, 楼主 card, 发表于 line (date also), reply box; ticket 扫码 as the document's",
        junk=dict(lines=2, glued=2),
        page="""
<html><head><meta charset="gbk"><title>青柳相声社2025年跨年专场演出通知 - 社团公告 - 笑谈天下曲艺论坛</title></head><body>
<div id="hd">⟦m 笑谈天下曲艺论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 曲艺社团 › 社团公告 › 查看内容⟧</div>
<div class="pls">⟦m 青柳社长　主题 56　帖子 1203　积分 4870⟧</div>
<h1>⟦t 青柳相声社2025年跨年专场演出通知⟧</h1>
<div class="pti">⟦m 发表于 2025-12-11 09:15　｜　只看该作者　｜　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 本帖最后由 青柳社长 于 2025-12-11 09:20 编辑⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div class="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 笑谈天下 ( 湘ICP备17010022号 )⟧</div>
</body></html>
""",
        body="""
各位相声爱好者：
青柳相声社定于12月31日晚7:30在县文化馆小剧场举办跨年专场演出，届时社里老中青三代演员将同台献艺。
节目单包括传统对口相声《地理图》《卖布头》，原创相声《外卖小哥》，以及群口相声《新年大拜年》。
本场演出门票免费，需提前扫码预约，每人限领2张，12月20日上午10点开放预约。
演出当天请提前20分钟入场，场内禁止录像。
青柳相声社
2025年12月10日
""",
    ),
    dict(
        slug="kunqu-troupe-recruit-exam-portal-html",
        site="萩阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qyrsks.example.gov.cn/sydw/2025/0415/2290.html",
        title="萩阳市昆剧团2025年公开招聘演员公告",
        record_title="萩阳市昆剧团2025年公开招聘演员公告_事业单位招聘_萩阳市人事考试网",
        date="2025-04-15",
        notes="personnel-exam portal: 准考证 打印 in the document kept; the troupe's 咨询电话 beside the site's 技术支持 line; position table; an 考试提醒 box",
        page="""
<html><head><meta charset="utf-8"><title>萩阳市昆剧团2025年公开招聘演员公告_事业单位招聘_萩阳市人事考试网</title></head><body>
<div class="top">⟦m 萩阳市人事考试网⟧ ⟦a 考生登录　网上报名　成绩查询⟧</div>
<div class="nav">⟦m 首页 > 事业单位招聘 > 招聘公告⟧</div>
<h2>⟦t 萩阳市昆剧团2025年公开招聘演员公告⟧</h2>
<p class="tm">⟦m 来源：市人社局　发布日期：2025-04-15　字号：大 中 小⟧</p>
<div class="zw">
{BODY}
</div>
<div class="tip">⟦d 温馨提示：本网从未委托任何机构举办考前培训，谨防上当受骗。⟧</div>
<div class="ft">⟦m 报名系统技术支持电话：0736-2218870⟧ ⟦m 主办单位：萩阳市人事考试院⟧</div>
</body></html>
""",
        body="""
为加强昆曲艺术人才队伍建设，经市人社局批准，萩阳市昆剧团面向社会公开招聘演员6名。
一、招聘岗位
岗位名称　人数　专业要求
小生演员　2　戏曲表演
闺门旦演员　2　戏曲表演
笛师　2　戏曲音乐
二、报名时间：2025年4月21日至4月27日，考生登录萩阳市人事考试网报名。
三、考试方式：采取专业测试加面试的方式，专业测试成绩占70%，面试成绩占30%。
四、考生须于5月8日至5月10日登录报名系统打印准考证。
咨询电话：0736-2233158（市昆剧团办公室）
萩阳市昆剧团
2025年4月15日
""",
    ),
    dict(
        slug="peking-opera-exam-forum-essay-post",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-31877-1-1.html",
        title="让京剧这门国粹走进更多年轻人心里",
        record_title="[申论范文] 让京剧这门国粹走进更多年轻人心里（附思路点评）",
        date=None,
        notes="exam forum: score signature, reward/like row, reply floors; a mentor's comment box as list chrome; relative time only",
        gap=True,
        page="""
!m 上岸公考论坛 » 申论专区 » 范文赏析
!t [申论范文] 让京剧这门国粹走进更多年轻人心里（附思路点评）
!m 楼主 | 一次上岸的蓝莓　5天前　浏览 2288　回复 41
{BODY}
!l 【思路点评】本文观点鲜明，三个分论点层层递进，可作为文化类题目模板参考。
!a 赏 ｜ 点赞 96 ｜ 收藏 ｜ 举报
!l 2楼 考公人小赵：收藏了，明天默写一遍
!m 签名：行测78 申论72，坚持就是胜利
""",
        body="""
京剧是中华优秀传统文化的瑰宝，然而在快节奏的今天，剧场里的年轻面孔并不多见。
让京剧走进年轻人心里，首先要在“讲”上下功夫。许多地方剧团走进校园，把唱念做打拆开来讲，让学生在互动中感受京剧之美。
其次要在“新”上做文章。用年轻人喜欢的短视频、动漫形象讲述京剧故事，让古老艺术有了新的打开方式。
最后要在“育”上见长效。把戏曲教育纳入学校美育课程，让更多孩子从小种下热爱传统文化的种子。
守正创新，京剧这门国粹必将焕发出新的生机。
""",
    ),
]
