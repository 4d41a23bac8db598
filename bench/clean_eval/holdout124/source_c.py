"""holdout124, part C: document sharing, education portals, intranets, Q&A sites. Invented text."""

CASES = [
    dict(
        slug="share-fenxiangba-turtle-farming-plan-html",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.fxba-doc.com/doc/3300817.html",
        title="中华鳖生态养殖示范基地建设实施方案",
        record_title="中华鳖生态养殖示范基地建设实施方案（word可改）",
        date="2025-02-20",
        notes="sharing reader: upload notice, points-download button, related list; 成文日期 at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>中华鳖生态养殖示范基地建设实施方案（word可改）-分享吧文档</title></head><body>
<div class="header">⟦m 分享吧文档 · 人人都能分享知识⟧ <a>⟦a 上传文档赚积分⟧</a></div>
<div class="crumbs">⟦m 分享吧 &gt; 农林牧渔 &gt; 水产养殖⟧</div>
<div class="title-box"><h1>⟦t 中华鳖生态养殖示范基地建设实施方案（word可改）⟧</h1>
<span>⟦m 文档页数：5　文档大小：46KB　下载次数：213⟧</span></div>
<div class="notice">⟦d 本文档由用户“鳖塘新手”上传分享，仅供学习参考；如涉及版权问题，请联系平台处理。⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl"><a>⟦a 下载此文档（消耗5积分）⟧</a> <a>⟦a 收藏⟧</a> <a>⟦a 举报⟧</a></div>
<div class="rel"><h4>⟦l 同类文档推荐⟧</h4><p>⟦l 稻鳖共生技术规程⟧</p><p>⟦l 特种水产养殖项目可行性研究⟧</p></div>
<div class="foot">⟦m 分享吧文档 fxba-doc.com　客服邮箱：help@fxba-doc.com⟧</div>
</body></html>
""",
        body="""
为推动全县特种水产养殖转型升级，打造中华鳖生态养殖示范基地，制定本方案。
一、建设目标
到2026年底，在梅湾镇建成中华鳖生态养殖示范基地800亩，其中稻鳖共生500亩、池塘外塘生态养殖300亩，年产商品鳖120吨，带动周边农户200户。
二、建设内容
（一）基础设施。改造标准化池塘60口，配套进排水渠道、防逃设施和尾水处理池。
（二）种苗繁育。建设温室育苗车间2000平方米，年繁育优质鳖苗50万只。
（三）质量追溯。建立养殖投入品使用记录和产品追溯体系，实行“一塘一档”。
三、保障措施
县农业农村局牵头组建技术服务组，对示范基地实行全程技术指导；县财政按照每亩600元的标准给予池塘改造补助。
梅湾镇人民政府
2025年2月20日
""",
    ),
    dict(
        slug="share-docbox-kelp-summary-wrapped-glued-markers",
        site="文档盒子 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://docbox-share.cn/d/kelp2024summary",
        title="2024年海带养殖合作社工作总结",
        record_title="2024年海带养殖合作社工作总结.docx",
        date="2024-12-26",
        notes="file-name record title; hard-wrapped at 64 columns with ▷n◁ markers glued at line starts",
        page="""
!m 文档盒子｜免费文档分享
!t 2024年海带养殖合作社工作总结.docx
!m 分享者：北湾渔嫂　　浏览：508　　2024-12-30 上传
!a 在线预览（共3页）　　下载原文件
{BODY}
!a 预览仅显示部分页面，完整内容请下载后查看
!d 提示：文档盒子不对用户上传内容的真实性负责，下载前请仔细甄别。
!l 热门文档：海水养殖尾水排放标准解读｜渔业安全生产责任书
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="▷{n}◁", every=160, start=2, glue=True),
        body="""
2024年，北湾海带养殖专业合作社在镇党委、政府的关心支持下，团结带领全体社员，克服夏季高温和台风影响，全年收获鲜海带1.38万吨，实现销售收入2760万元，社员户均增收3.1万元。现将一年来的工作总结如下。
一、扩大养殖规模。新增养殖海区1200亩，全社养殖面积达到6800亩，更新浮筏设施320台。
二、推广新品种。引进耐高温海带新品种，在300亩海区开展对比试验，亩产比老品种提高12%。
三、发展加工销售。建成海带烘干车间一座，开发盐渍海带丝、海带结等产品，与两家超市签订供货协议。
四、强化安全管理。台风来临前组织社员加固浮筏、撤离海上人员，全年未发生安全事故。
2025年，合作社将继续扩大精深加工，力争销售收入突破3000万元。
北湾海带养殖专业合作社
2024年12月26日
""",
    ),
    dict(
        slug="edu-heping-childcare-enrol-attachments-html",
        site="禾坪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.heping-qu.gov.cn/jyzx/tzgg/2025/0812_5530.html",
        title="关于做好2025年秋季普惠托育机构托位申请工作的通知",
        record_title="关于做好2025年秋季普惠托育机构托位申请工作的通知-禾坪区教育局",
        date="2025-08-12",
        notes="education bureau page: the notice's own 联系人/电话 beside the bureau's hotline; 附件 list; document number neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2025年秋季普惠托育机构托位申请工作的通知-禾坪区教育局</title></head><body>
<div class="head">⟦m 禾坪区教育局　禾坪区教育信息网⟧ <span>⟦a 长者模式⟧ ⟦a 无障碍⟧</span></div>
<div class="nav">⟦m 网站首页　教育新闻　通知公告　招生考试　校园安全　局长信箱⟧</div>
<div class="pos">⟦m 位置：首页 - 通知公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 作者：学前教育科　　来源：禾坪区教育局　　日期：2025-08-12　　点击：1932⟧</div>
<p class="wh">禾教发〔2025〕33号</p>
{BODY}
<div class="print">⟦a [打印文章] [关闭本页]⟧</div>
<div class="foot">⟦m 禾坪区教育局版权所有　办公室电话：0731-82215000⟧<br>⟦m 地址：禾坪区育才路6号　备案号：湘ICP备12008891号⟧</div>
</body></html>
""",
        body="""
各街道办事处，各托育机构：
为满足辖区家庭婴幼儿照护需求，规范普惠托位申请工作，现就2025年秋季普惠托育机构托位申请有关事项通知如下。
一、申请对象：户籍或父母一方居住证在本区、2022年9月1日至2024年8月31日出生的婴幼儿。
二、申请时间：2025年8月18日至8月29日。
三、申请方式：家长登录“禾坪教育”服务平台填报信息，也可到意向托育机构现场登记。
四、收费标准：普惠托位保育费每月不超过1380元，伙食费按实收取。
各托育机构对报名人数超过托位数的，应公开摇号确定，摇号过程邀请家长代表监督。
联系人：喻芳，电话：0731-82215347。
附件：1.普惠托育机构名单及托位数
2.托位申请表
禾坪区教育局
2025年8月12日
""",
    ),
    dict(
        slug="edu-yuchi-welder-contest-notice-text",
        site="渔池县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yuchi-edu.cn/zhijiao/2025/4412.html",
        title="关于举办全县中职学校焊工技能大赛的通知",
        record_title="关于举办全县中职学校焊工技能大赛的通知",
        date="2025-04-02",
        notes="education portal text page: schedule table; 报名表 下载 in the body (kept); signature date",
        page="""
!m 渔池教育网 ▏职业教育专栏
!m 当前位置 ＞ 职业教育 ＞ 文件通知
{T}
!m 【发布单位：职成教股】【更新时间：2025-04-03】【阅读：288】
{BODY}
!a 〖打印本文〗〖关闭〗
!l 相关文章：全县中职学校教学能力比赛结果公示
!m 渔池县教育体育局主办　联系电话：0816-4321000
""",
        date_also=["2025-04-03"],
        body="""
各中等职业学校：
为检验焊接专业教学成果，选拔优秀选手参加市级比赛，县教育体育局决定举办全县中职学校焊工技能大赛。现将有关事项通知如下。
一、比赛项目
项目　组别　每校限报
焊条电弧焊　学生组　3人
二氧化碳气体保护焊　学生组　3人
焊接工艺展示　教师组　2人
二、比赛时间地点：2025年4月24日，县职业教育中心实训楼。
三、报名办法：各校请在县教育体育局网站“下载专区”下载报名表，填好后于4月15日前报职成教股。
四、安全要求：参赛选手须穿戴阻燃工作服、焊接面罩和绝缘手套，赛场配备消防器材和医护人员。
渔池县教育体育局
2025年4月2日
""",
    ),
    dict(
        slug="intranet-qingyuan-wte-plant-minutes-html",
        site="青源环境能源公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.qingyuan-energy.local/doc/view?id=2025-0417",
        title="焚烧发电厂二季度安全生产例会纪要",
        record_title=None,
        date="2025-04-17",
        notes="intranet document view: 时间/地点/主持/参会/记录 lines kept; 流转记录 and read counts as chrome; no record title",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 青源OA</title></head><body>
<div class="oa-top">⟦m 青源环境能源协同办公平台⟧　⟦m 当前用户：柴明远（安环部）⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办(6)　已办　公文中心　通讯录　知识库⟧</div>
<div class="doc-view">
<h2>{T}</h2>
<div class="doc-props">⟦m 文件类型：会议纪要　密级：内部　拟稿：安环部⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-04-18 09:10 安环部 柴明远 起草⟧</p><p>⟦l 2025-04-18 15:32 分管副总 欧阳立 审核通过⟧</p></div>
<div class="readers">⟦m 已阅 37 人　未阅 5 人⟧　⟦a 【导出PDF】【打印】⟧</div>
<div class="oa-foot">⟦d 内部资料，注意保密，严禁外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年4月17日下午3:00
地点：厂部二楼会议室
主持：厂长　蒲建华
参会：各车间主任、安全员，运行部、检修部负责人
记录：安环部　闵佳
会议通报了一季度安全生产情况，分析了当前存在的隐患，部署了二季度重点工作。纪要如下。
一、一季度全厂未发生人身伤害和设备事故，焚烧线累计运行4312小时，处理生活垃圾18.6万吨，上网电量6020万千瓦时。
二、垃圾池渗滤液收集井、飞灰固化车间存在有限空间作业风险，检修部要在4月底前完成作业票制度修订。
三、二季度进入雨季，运行部要加强垃圾池防渗和渗滤液处理站巡检，确保不外溢。
四、5月份组织一次全厂消防应急演练，由安环部牵头制定方案。
""",
    ),
    dict(
        slug="intranet-songpo-golf-club-oa-summary-text",
        site="松坡高尔夫俱乐部OA (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://oa.songpogolf.local/km/review/2025h1",
        title="球场养护部2025年上半年工作总结",
        record_title="【部门总结】球场养护部2025年上半年工作总结",
        date="2025-07-05",
        notes="OA export: approval trail and read count chrome; data table one row a paragraph; date under the signature",
        page="""
!m 松坡高尔夫俱乐部协同办公系统 > 知识仓库 > 部门总结
!t 【部门总结】球场养护部2025年上半年工作总结
!m 创建人：伍振东　　创建时间：2025-07-06 08:55　　阅读次数：64
{BODY}
!l 审批记录：
!l 伍振东（养护部经理）提交　2025-07-06 08:55
!l 苏蔓（运营总监）同意　2025-07-06 14:20
!a 导出Word　　打印　　转发
""",
        body="""
上半年，养护部围绕“草坪品质提升年”目标，完成了果岭改良、灌溉系统更新等重点工作，球场草坪质量得到会员普遍认可。
一、主要指标完成情况
指标　目标值　完成值
果岭速度（英尺）　10.5　10.8
草坪覆盖率　98%　98.6%
节水率　10%　12.3%
二、重点工作
完成18个果岭打孔覆沙两轮，更换老化喷头420个，启用雨水回收池后灌溉用水减少约1.9万吨。
三、存在不足
夏季高温期部分球道出现褐斑病，防治不够及时；养护机械老化，维修费用偏高。
四、下半年计划
做好夏季病害预防，完成三台剪草机更新采购，组织一次养护技术培训。
球场养护部
2025年7月5日
""",
    ),
    dict(
        slug="qa-wenda-patent-letter-template-html",
        site="问答乐园 (invented Q&A)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.wendaly.com/question/7730218.html",
        title="关于商请协助开展专利侵权纠纷调查的函",
        record_title="专利侵权纠纷要发函给外地知识产权局，函怎么写？有没有模板？",
        title_in="decorated",
        title_also=["专利侵权纠纷要发函给外地知识产权局，函怎么写？有没有模板？"],
        date=None,
        notes="Q&A: question as the record title; the answer is a sample 函 with ××××年×月×日 placeholders; relative 回答于 time; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>专利侵权纠纷要发函给外地知识产权局，函怎么写？有没有模板？_问答乐园</title></head><body>
<div class="top">⟦m 问答乐园⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q"><h1>⟦t 专利侵权纠纷要发函给外地知识产权局，函怎么写？有没有模板？⟧</h1>
<p>⟦m 提问者：walnut_77　　3天前　　浏览 412⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span>
<p>⟦m 公文小能手　回答于 2天前　　采纳率 93%⟧</p>
<p>给你一个参考格式，标题就写：</p>
<h3>{T}</h3>
{BODY}
<p>⟦l 有用(58)　没用(2)　评论(4)⟧</p></div>
<div class="other"><h4>⟦l 其他回答(3)⟧</h4><p>⟦l 函的格式百度一下就有了⟧</p></div>
<div class="foot">⟦d 本站回答内容由网友提供，仅供参考，不构成专业意见。⟧</div>
</body></html>
""",
        body="""
××市市场监督管理局（知识产权局）：
我局近期受理一起发明专利侵权纠纷案件，被请求人的生产经营地位于贵市辖区。为查明案件事实，根据专利行政执法的有关规定，特商请贵局协助调查被请求人的生产、销售情况，并调取相关证据材料。
联系人：×××，电话：××××××××。
如蒙支持，不胜感激。
××县市场监督管理局
××××年×月×日
""",
    ),
    dict(
        slug="qa-zhidao-labour-arbitration-steps-text",
        site="律答网问答 (invented)",
        style="问答社区",
        genre="答复",
        kind="other",
        form="text",
        source="http://www.lvda-wenda.com/q/5521093",
        title="申请劳动仲裁需要准备哪些材料？流程是怎样的？",
        record_title="申请劳动仲裁需要准备哪些材料？流程是怎样的？ - 律答网",
        date="2025-05-12",
        notes="Q&A answer with numbered lists; answer time 回答于 with a date is the page's date",
        page="""
!m 律答网 > 劳动纠纷 > 劳动仲裁
{T}
!m 提问时间：2025-05-11　悬赏：20积分
!m 全职律师 覃律师 回答于 2025-05-12 10:26　已帮助 3912 人
{BODY}
!a 👍 有帮助(27)　　💬 追问　　⚠ 投诉
!w 案情复杂？一对一在线咨询律师，平均5分钟响应，点击立即咨询
!l 相似问题：公司拖欠工资怎么办？｜劳动仲裁时效是多久？
!d 免责声明：以上回答仅代表律师个人观点，不作为法律依据。
""",
        body="""
你好，申请劳动仲裁一般准备以下材料：
1. 仲裁申请书，写明申请人、被申请人信息，仲裁请求和事实理由；
2. 申请人身份证复印件；
3. 用人单位的营业执照信息或工商登记查询结果；
4. 证明劳动关系的材料，比如劳动合同、工资流水、工牌、考勤记录等；
5. 与仲裁请求有关的其他证据。
流程大致是：向用人单位所在地或劳动合同履行地的劳动人事争议仲裁委员会提交申请，仲裁委在5日内决定是否受理，受理后一般先组织调解，调解不成的开庭审理，原则上在受理之日起45日内作出裁决。
提醒一下，劳动争议申请仲裁的时效期间为一年，从知道或者应当知道权利被侵害之日起计算，别拖太久。
""",
    ),
]
