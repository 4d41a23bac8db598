"""holdout74, part C: model railways (模型火车) — clubs, makers, exhibitions. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-tiemo-model-railway-standard-draft",
        site="砀原市铁道模型协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dyrailmodel.example.org.cn/xhgg/2024/112.html",
        title="关于征求《会员模块化布景接口规范（征求意见稿）》意见的通知",
        record_title="【协会公告】关于征求《会员模块化布景接口规范（征求意见稿）》意见的通知",
        date="2024-08-19",
        notes="association site; the association's own e-mail and 联系人 kept; 附件 list; 抄送 版记 kept; membership join button",
        page="""
!m 砀原市铁道模型协会 · 会员之家
!a 申请入会　|　会员登录
!m 当前位置：协会公告
!t 【协会公告】关于征求《会员模块化布景接口规范（征求意见稿）》意见的通知
!m 2024-08-19　秘书处　阅读 88
{BODY}
!l 上一则：2024年会员年会通知
!m 协会秘书处地址：砀原市站前路66号铁路文化宫二楼
""",
        body="""
各会员单位、个人会员：
为统一展会模块化布景的连接标准，秘书处起草了《会员模块化布景接口规范（征求意见稿）》，现征求意见。
请于9月15日前将意见发送至 mokuai@dyrailmodel.org.cn，联系人：骆工，电话：0557-3120416。
附件：会员模块化布景接口规范（征求意见稿）
砀原市铁道模型协会秘书处
2024年8月19日
抄送：市体育总会，市科协学会部。
""",
    ),
    dict(
        slug="corp-chigui-model-train-recall-html",
        site="驰轨模型科技有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.chiguimodel.example.com/news/notice/20240306.html",
        title="关于召回部分HO比例电动机车模型变压器的公告",
        record_title="关于召回部分HO比例电动机车模型变压器的公告 - 驰轨模型",
        record_date="2024-03-06",
        date="2024-03-06",
        notes="corporate template: product nav, online shop link, customer service float box; batch table kept; the recall line of the document kept next to the company's sales line",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分HO比例电动机车模型变压器的公告 - 驰轨模型</title>
<script>window.kf={open:true};</script></head>
<body>
<div class="hd">⟦m 驰轨模型 CHIGUI MODEL⟧ <a>⟦a 官方商城⟧</a> <a>⟦a EN⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 新闻公告⟧</li><li>⟦m 售后服务⟧</li><li>⟦m 关于我们⟧</li></ul>
<div class="banner">⟦m 匠心还原每一列火车⟧</div>
<h2>{T}</h2>
<p class="date">⟦m 发布于：2024年3月6日　浏览：1204⟧</p>
{BODY}
<div class="kf">⟦w 在线客服 · 售前咨询 QQ：2850016633⟧</div>
<div class="ft">⟦m 销售热线：400-677-0809⟧ ⟦m © 2024 驰轨模型科技有限公司 版权所有　苏ICP备20013378号⟧</div>
</body></html>
""",
        body="""
我公司近期发现，部分HO比例电动机车模型套装所配变压器存在过热隐患。为保障用户安全，决定召回以下批次产品：
生产批次　生产日期　数量（台）
CG-T2311A　2023年11月　860
CG-T2312B　2023年12月　1140
请用户立即停止使用上述变压器，拨打召回专线0512-6537210登记，我公司将免费更换。
驰轨模型科技有限公司
2024年3月6日
""",
    ),
    dict(
        slug="training-guidao-model-course-plan-html",
        site="轨道匠人模型培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.guidaojiangren.example.cn/kecheng/shaoer/2024qiu.html",
        title="2024年秋季少儿铁道模型制作课程安排",
        record_title="【火热报名中】2024年秋季少儿铁道模型制作课程安排",
        date=None,
        notes="training school template: float enrolment box, trial-class prompt glued after a sentence, timetable table kept; no date (term only)",
        page="""
<html><head><meta charset="utf-8"><title>【火热报名中】2024年秋季少儿铁道模型制作课程安排-轨道匠人</title></head>
<body>
<div class="top">⟦m 轨道匠人模型培训学校⟧ ⟦w 报名咨询：189-0557-2266（微信同号）⟧</div>
<div class="nav">⟦m 首页 课程体系 师资力量 学员作品 校区地址⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦a 免费领取试听课⟧ ⟦a 立即预约⟧</div>
<div class="rel">⟦l 学员作品展：小小调度员的车站布景⟧</div>
<div class="foot">⟦m 轨道匠人（砀原）教育科技有限公司　校区：砀原市文华路8号⟧</div>
</body></html>
""",
        body="""
本学期课程面向8至14岁学员，共十六课时，学员将亲手完成一段N比例铁路布景。⟦a 新学员首课仅需9.9元，点击抢位⟧
课次　内容
第1—4课　认识比例与轨道
第5—10课　地形与建筑制作
第11—16课　线路调试与成果展示
课程所需材料由学校统一提供，学员自带剪刀和胶水即可。
""",
    ),
    dict(
        slug="fanwenapp-xiezhu-model-club-summary",
        site="写作助手APP 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezhuapp.example.com/a/9Kq2mT",
        title="青少年宫铁道模型兴趣小组学期总结",
        record_title="青少年宫铁道模型兴趣小组学期总结（通用2篇）",
        date="2024-07-05",
        notes="writing-app share page: open-in-app prompts top and bottom, an AI-rewrite prompt between paragraphs; Chinese-numeral 成文日期",
        page="""
!a 打开写作助手APP，查看完整范文
!t 青少年宫铁道模型兴趣小组学期总结（通用2篇）
!m 来自写作助手 · 范文库　　1.8万人看过
{BODY}
!a 剩余1篇需在APP内查看
!a 下载APP　免费领7天会员
!d 内容由用户创作或AI辅助生成，仅供参考。
""",
        body="""
本学期铁道模型兴趣小组共有学员二十二名，完成了“山区小站”主题布景一组。
学员们学会了铺轨、接线和简单的地形制作，有六名学员的作品参加了市青少年科技节展出。
⟦a 一键AI改写本段，让总结更出彩⟧
下学期我们计划增加数字控制课程，让学员体验多列车同时运行的调度。
市青少年宫科技部
二〇二四年七月五日
""",
    ),
    dict(
        slug="gkforum-shenlun-model-railway-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-661207-1-1.html",
        title="从“小火车”里看城市工业记忆的传承",
        record_title="[申论范文] 从“小火车”里看城市工业记忆的传承（附点评）",
        date=None,
        notes="exam forum: floor meta with a post time (an essay: no document date — the post's date is not taken, date None), junk lines, score prompt; relative time",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文点评
!t [申论范文] 从“小火车”里看城市工业记忆的传承（附点评）
!m 楼主：申论小白菜　　5 天前　　查看 3310　回复 54
{BODY}
!a 本帖隐藏的点评内容需回复后可见
!l 3#　一战上岸中：立意不错，第二段论据可以再具体些
!a 【评分】+2 金币　　【收藏】
""",
        junk=dict(lines=2, glued=1),
        body="""
在砀原老城区的铁路文化宫里，一群模型爱好者用一比八十七的比例，复原了当年的机务段和蒸汽机车。
这些“小火车”不是简单的玩具，而是一座城市工业记忆的载体。老工人们看到模型，常常能讲出一段段往事。
守护工业记忆，需要政府搭台、社会参与，让文化传承有场地、有队伍、有活动。
""",
    ),
    dict(
        slug="wiki-baike-model-railway-scale-entry",
        site="知识百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.zhishi.example.com/item/铁道模型比例/88120",
        title="铁道模型比例",
        record_title="铁道模型比例_知识百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue, references, an example date inside a sentence is no date; table of scales kept",
        page="""
!m 知识百科　　|　首页　分类　特色百科
!a 编辑　　讨论　　收藏　　赞
{T}
!m 本词条由“知识百科”科普中国认证　　浏览次数：12406　　最近更新：2024-01-30
!l 目录　1 定义　2 常见比例　3 参考资料
{BODY}
!l 参考资料：1. 铁道模型爱好者手册 ……
!d 词条内容仅供参考，如需解决具体问题，建议咨询专业人士。
""",
        body="""
铁道模型比例是指模型尺寸与实物尺寸之比，常用轨距与比例一同标注。
常见比例如下：
名称　比例　标准轨距
HO　1:87　16.5毫米
N　1:150（或1:160）　9毫米
例如，某爱好者在1998年5月1日的展会上展出的一段HO比例线路，轨道长度约为实物的八十七分之一。
""",
    ),
    dict(
        slug="netdisk-yunxiang-model-expo-plan-markers",
        site="云箱网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxiang.example.com/s/1qZ7vMmR2",
        title="第五届砀原铁道模型博览会布展方案",
        record_title="第五届砀原铁道模型博览会布展方案.pdf",
        date="2024-04-22",
        notes="cloud-drive share: expiry and save prompts; page markers ⸠n⸡ glued to continuation lines, cutting sentences; 成文日期",
        page="""
!m 云箱网盘　|　文件分享
!m 分享者：博览会筹备组　　分享时间：2024-05-03 11:20　　有效期：永久
!a 保存到我的网盘　　下载（2.4MB）
!m 文件名：第五届砀原铁道模型博览会布展方案.pdf
{BODY}
!a 在线预览仅显示前3页，下载后可查看完整文件
!d 请勿分享违法违规内容，云箱网盘将依法配合相关部门处理。
""",
        pages=dict(fmt="⸠{n}⸡", every=80, start=2, glue=True),
        body="""
一、布展时间：2024年6月12日至14日，展期为6月15日至17日。
二、展区划分：主展厅设模块化联合布景区，东厅设厂商展示区，西厅设青少年作品区和二手交易区。
三、安全要求：所有布景用电须经筹备组电工检查，展位内禁止使用大功率电器，通道宽度不少于1.5米。
砀原铁道模型博览会筹备组
2024年4月22日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-model-museum-notice-html",
        site="搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuaizhao.example.com/c?u=http%3A%2F%2Fwww.dyrailmuseum.cn%2Fnews%2F331.html",
        title="铁路文化宫模型馆暑期延时开放的通知",
        record_title=None,
        date="2024-07-01",
        notes="snapshot frame: cache banner with the snapshot time (no date), highlight note; the original page's own nav kept as chrome; no record title",
        page="""
<html><head><meta charset="utf-8"><title>搜快照</title></head>
<body>
<div class="kz">⟦d 这是 http://www.dyrailmuseum.cn/news/331.html 的快照，是网页在 2024-08-02 09:41 的存档。⟧<br>
⟦d 搜快照与网页作者无关，不对其内容负责。⟧ ⟦a 查看当前页面⟧</div>
<div class="kzhl">⟦d 以下关键词已高亮：模型馆 延时⟧</div>
<hr>
<div class="orig">
<div>⟦m 砀原铁路文化宫　|　首页　场馆介绍　展览活动　参观预约⟧</div>
<h3>{T}</h3>
{BODY}
<div>⟦m 版权所有 砀原铁路文化宫⟧</div>
</div>
</body></html>
""",
        body="""
为方便广大青少年暑期参观，自7月5日至8月31日，铁路文化宫模型馆每周五、周六延时开放至21:00。
延时时段实行预约参观，请通过“砀原铁路文化宫”微信公众号预约，现场不再发放散客票。
砀原铁路文化宫
2024年7月1日
""",
    ),
    dict(
        slug="print-xinlv-model-club-rules-html",
        site="新绿社区服务中心 打印页 (invented)",
        style="打印页",
        genre="规章制度",
        kind="other",
        form="html",
        source="http://www.xinlvsq.example.cn/print.asp?id=2210",
        title="社区铁道模型活动室管理制度",
        record_title="社区铁道模型活动室管理制度——打印预览",
        date=None,
        notes="print view: print/close buttons, print footer with URL and print time (no date); numbered articles speak of 复印/打印 as content",
        page="""
<html><head><meta charset="utf-8"><title>社区铁道模型活动室管理制度——打印预览</title>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a [打印本页]⟧ ⟦a [返回原文]⟧ ⟦a [关闭窗口]⟧</div>
<h3>{T}</h3>
{BODY}
<hr>
<p>⟦m 本页地址：http://www.xinlvsq.example.cn/show.asp?id=2210⟧</p>
<p>⟦m 打印时间：2024/9/3 15:27:10⟧</p>
</body></html>
""",
        body="""
一、活动室每周二、四、六开放，使用者须持社区活动证登记入室。
二、布景和车辆模型属于社区公共财产，未经管理员同意不得带出活动室。
三、活动室资料柜内的图纸可以复印，但不得打印后用于商业用途。
四、离开前须关闭轨道电源，清理工作台。
""",
    ),
    dict(
        slug="mail-fw-model-railway-exhibit-request",
        site="砀原科技馆 企业邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="https://mail.dykjg.example.org.cn/read?mid=20240517A119",
        title="关于借用铁道模型协会展品开展科普展览的请示",
        record_title="Fw: 关于借用铁道模型协会展品开展科普展览的请示",
        date="2024-05-16",
        date_also=["2024-05-17"],
        notes="forwarded mail: mail headers (发件人/收件人/时间/主题) chrome, the document's own 附件 and 联系人 kept; the mail's send date also accepted",
        page="""
!m 发件人：展教部 邬晓晴 <wuxq@dykjg.org.cn>
!m 收件人：馆长办公室 <gzb@dykjg.org.cn>
!m 时间：2024年5月17日(星期五) 上午10:05
!m 主题：Fw: 关于借用铁道模型协会展品开展科普展览的请示
!a 回复　回复全部　转发　删除
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件可能包含保密信息，如非预期收件人，请立即删除。
!m 砀原科技馆邮件系统
""",
        body="""
馆长办公室：
为做好暑期科普工作，展教部拟向市铁道模型协会借用模块化布景十二组，于7月在二楼临展厅举办“小火车大科学”主题展览，展期一个月。
借用期间展品由我部专人看管，并为展品购买财产保险。
妥否，请批示。
附件：展览方案及展品清单
联系人：邬晓晴，电话：0557-3016245
展教部
2024年5月16日
""",
    ),
]
