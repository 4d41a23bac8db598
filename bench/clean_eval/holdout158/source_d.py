"""holdout158, part D: microscopes (显微镜) in schools, labs and clinics. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-kexie-microscope-schools-notice-wrapped",
        site="璩原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qiuyuan.gov.cn.invalid/col/col3312/art/2025/art_88f1.html",
        title="璩原县科协关于开展“显微镜下的世界”科普进校园活动的通知",
        date="2025-09-03",
        notes="text-only portal page hard-wrapped at 66 columns; 印发 line kept; portal's 纠错 line is chrome",
        wrap=66,
        page="""
!m 璩原县人民政府 > 信息公开 > 部门文件
{T}
!m 发布机构：县科学技术协会　　发布日期：2025-09-05　　浏览次数：611
!a 【大字版】【打印】【关闭】
{BODY}
!m 网站纠错：0563-12345转8　　主办：璩原县人民政府办公室
!m 皖ICP备05002731号-1
""",
        date_also=["2025-09-05"],
        body="""
各中小学：
为激发青少年科学兴趣，县科协决定于9月至12月开展“显微镜下的世界”科普进校园活动，现将有关事项通知如下。
一、活动内容。科普志愿者携带便携式显微镜进校园，指导学生观察洋葱表皮、池塘水中的微生物和昆虫翅膀等标本，并开展“显微摄影小达人”评选。
二、活动安排。每所学校安排1次，每次2课时，由学校提前10个工作日与县科技馆预约。
三、工作要求。各校要安排专门教室，做好学生分组和安全管理，活动结束后报送活动照片和简要总结。
璩原县科学技术协会
2025年9月3日
璩原县科学技术协会办公室　2025年9月3日印发
""",
    ),
    dict(
        slug="university-em-centre-open-sharing-notice",
        site="瓀山大学分析测试中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://atc.rsu.edu.cn.invalid/info/1033/2219.htm",
        title="关于扫描电子显微镜面向校外开放共享的通知",
        record_title="关于扫描电子显微镜面向校外开放共享的通知-瓀山大学分析测试中心",
        date="2025-04-07",
        notes="university lab: decimal headings 2.1/2.2 and a fee table kept; the centre's own e-mail and phone kept",
        page="""
!m 瓀山大学分析测试中心
!m 首页 | 中心概况 | 仪器设备 | 开放共享 | 下载专区
!m 当前位置：首页 > 通知公告
{T}
!m 发布者：中心办公室　时间：2025-04-07　阅读：1355
{BODY}
!l 上一条：2025年大型仪器操作培训报名
!l 下一条：中心五一期间仪器开放安排
!m 版权所有 © 瓀山大学分析测试中心
""",
        body="""
为提高大型仪器使用效率，我中心扫描电子显微镜自2025年5月1日起面向校外单位开放共享。
1.开放机型
1.1 场发射扫描电子显微镜（配能谱仪）一台。
1.2 台式扫描电子显微镜一台。
2.收费标准
机型　校外单位（元/小时）　企业单位（元/小时）
场发射扫描电镜　450　600
台式扫描电镜　200　280
3.预约方式
请登录学校大型仪器共享平台预约，或发送邮件至atc_sem@rsu.edu.cn，联系电话：0352-6018813。
瓀山大学分析测试中心
2025年4月7日
""",
    ),
    dict(
        slug="hospital-surgical-microscope-maintenance-rules",
        site="瑆原市第二人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.xyeryuan.com.invalid/yygk/zhidu/2025/0218.html",
        title="手术显微镜使用与维护管理制度",
        record_title="【院务公开】手术显微镜使用与维护管理制度",
        date="2025-02-18",
        notes="hospital: an article about scanning the equipment code and printing the log kept; 预约挂号 line chrome",
        page="""
!m 瑆原市第二人民医院 — 仁心 精术 守护健康
!w 预约挂号：0359-12320　　咨询：0359-2530120
!m 首页 > 院务公开 > 规章制度
!t 【院务公开】手术显微镜使用与维护管理制度
!m 设备科　2025-02-18
{BODY}
!a 【字体：大 中 小】 【打印】
!l 相关制度：医疗设备不良事件报告制度 | 高值耗材管理办法
!m 地址：瑆原市解放路88号　晋ICP备15004421号
""",
        body="""
第一条 为保证手术显微镜安全有效运行，延长设备使用寿命，制定本制度。
第二条 手术显微镜由使用科室指定专人管理，操作人员须经设备科培训合格后方可上机。
第三条 每次使用前，操作人员应扫描设备二维码进行开机登记，检查光源、镜头和平衡臂状态。
第四条 使用后应及时关闭光源，用专用镜头纸清洁目镜和物镜，套好防尘罩。
第五条 设备科每季度对手术显微镜进行一次预防性维护，维护记录每月打印存档。
第六条 本制度自发布之日起执行。
""",
    ),
    dict(
        slug="wechat-youth-micrography-contest-call",
        site="玙城青少年科技 公众号镜像 (invented)",
        style="公众号镜像",
        genre="征稿启事",
        kind="call",
        form="text",
        source="https://wx.mirrorhub.cn.invalid/a/yckj/20250415",
        title="第三届玙城市青少年显微摄影大赛征稿启事",
        record_title=None,
        date="2025-04-15",
        notes="WeChat mirror as text: account line with date; 'follow' prompts are chrome, the contest's own submission instructions (扫码/关注) kept",
        page="""
!m 玙城青少年科技
!m 玙城市青少年科技教育中心　2025-04-15 17:30　发表于江西
!a ↑点击上方“玙城青少年科技”关注我们
{T}
{BODY}
!m 文字：科普部　图片：参赛作品　编辑：林小溪
!a 觉得有用就点个“在看”吧
!l 往期回顾｜机器人竞赛报名开启｜科技节活动安排
""",
        body="""
小小镜头，看见大大世界。第三届玙城市青少年显微摄影大赛现面向全市中小学生征集作品。
一、作品要求：使用光学显微镜或手机显微镜头拍摄的原创照片，每人限投2幅，附100字以内的拍摄说明。
二、投稿方式：关注“玙城青少年科技”公众号，点击菜单栏“显微摄影”进入投稿页面；也可扫描海报上的二维码提交。
三、截稿时间：2025年6月15日。
四、奖项设置：一等奖10名、二等奖20名、三等奖30名，获奖作品将在市科技馆展出。
玙城市青少年科技教育中心
2025年4月15日
""",
    ),
    dict(
        slug="intranet-optics-factory-quality-bulletin",
        site="琭岭光学仪器有限公司 内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="bulletin",
        form="html",
        source="http://oa.llgx.local.invalid/gw/show.jsp?docid=41877",
        title="关于生物显微镜装配返工情况的通报",
        record_title="（OA导出）关于生物显微镜装配返工情况的通报",
        date="2025-05-28",
        notes="intranet HTML document view: 流转记录, read counts and export buttons are chrome; data table kept; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>协同办公平台</title></head><body>
<div class="sys">⟦m 琭岭光学 协同办公平台 V6.2⟧ <span>⟦m 当前用户：质检部 于婷⟧</span> ⟦a 退出⟧</div>
<div class="tabs">⟦m 待办(3)⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 通讯录⟧</div>
<h2>{T}</h2>
<div class="fld">⟦m 发文部门：质量管理部　密级：内部　阅读次数：214⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow">⟦l 流转记录：质量管理部 起草 2025-05-28 → 总经理办公室 审核 2025-05-29 → 分发各车间⟧</div>
<div class="op">⟦a 导出Word⟧ ⟦a 打印⟧ ⟦a 返回⟧</div>
</body></html>
""",
        body="""
各车间、各部门：
5月份，质量管理部在出厂检验中发现部分XSP-2型生物显微镜存在调焦手轮松紧不一、物镜转换器定位不准等问题，共返工54台，返工率达4.3%，高于公司2%的控制目标。
返工原因统计如下：
问题类型　台数　占比
调焦机构松紧不一　29　53.7%
转换器定位不准　17　31.5%
光路偏心　8　14.8%
要求装配二车间6月10日前完成调焦机构装配工艺复训，并对转换器定位工装进行校准。
质量管理部
2025年5月28日
抄送：总经理、分管副总经理
""",
    ),
    dict(
        slug="training-microscope-operator-course",
        site="瑜坪检测技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="text",
        source="https://www.yupingjc.com.invalid/kc/xwj-2025.html",
        title="金相显微镜操作与图像分析短期培训班招生简章",
        record_title="金相显微镜操作与图像分析短期培训班招生简章（周末班）- 瑜坪检测技能培训",
        date="2025-10-09",
        notes="training school as text: 400 line and consult prompts are chrome; school's own 报名电话 kept",
        page="""
!m 瑜坪检测技能培训学校 · 检测人才的摇篮
!w 全国咨询热线 400-660-1725　　微信同号 13905417725
!m 首页 > 课程中心 > 材料检测
!t 金相显微镜操作与图像分析短期培训班招生简章（周末班）
!m 发布：2025-10-09
{BODY}
!a 【在线报名】　【下载课程表】
!w 课程顾问在线 · 立即咨询
!l 热门课程：无损检测UT二级 | 理化检验员取证班
""",
        body="""
本培训班面向企业质检人员和职业院校学生，系统讲授金相试样制备、金相显微镜操作和图像分析软件使用。
一、开班时间：2025年11月1日起，每周六、周日上课，共6天。
二、培训内容：试样镶嵌与抛光、浸蚀方法、显微组织观察、晶粒度评级和夹杂物评定。
三、培训费用：2600元/人（含教材、实操耗材），企业5人以上团体报名九折。
四、报名地址：瑜坪市高新区科技路9号检测实训楼一楼。报名电话：0634-8219036。
""",
    ),
    dict(
        slug="baike-microscope-resolution-entry-html",
        site="问知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://www.wenzhibaike.com.invalid/wiki/光学显微镜",
        title="光学显微镜",
        record_title="光学显微镜 - 问知百科",
        date=None,
        notes="encyclopaedia entry as HTML: no date; catalogue and edit buttons are chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>光学显微镜 - 问知百科</title></head><body>
<div class="top">⟦m 问知百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="act">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦m 浏览 31,807 次⟧</div>
<div class="toc">⟦l 目录 1 原理 2 结构 3 使用注意⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《中学生物实验指导》⟧</div>
<div class="foot">⟦d 本词条由网友共同编辑，如有错误欢迎指正。⟧ ⟦m © 问知百科⟧</div>
</body></html>
""",
        body="""
光学显微镜是利用光学原理，把人眼所不能分辨的微小物体放大成像的仪器。
原理
光学显微镜由物镜和目镜两组透镜组成，被观察物体先经物镜放大成实像，再经目镜放大成虚像，总放大倍数等于物镜与目镜放大倍数的乘积。
结构
一般分为机械部分和光学部分。机械部分包括镜座、镜臂、载物台和调焦螺旋，光学部分包括目镜、物镜和反光镜或光源。
使用注意
取镜时一手握镜臂、一手托镜座；观察时应先用低倍镜找到物像，再换高倍镜；用完后应将物镜转离通光孔并下降镜筒。
""",
    ),
    dict(
        slug="wenku-microscope-lesson-plan-html-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="教案",
        kind="lesson",
        form="html",
        source="https://wk.xuehai.net.invalid/doc/2e71c0b8f9.html",
        title="《练习使用显微镜》教学设计",
        record_title="《练习使用显微镜》教学设计（人教版七年级上册）",
        date=None,
        notes="文库 reader: page markers ⁂n⁂ as HTML paragraphs cut sentences; no date",
        pages=dict(fmt="⁂{n}⁂", every=130, start=2),
        page="""
<html><head><meta charset="utf-8"><title>《练习使用显微镜》教学设计（人教版七年级上册）</title></head><body>
<div class="hd">⟦m 学海文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 文档页数：4　　阅读：2.1万　　评分：4.7⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 试看已结束，开通VIP畅读全部4页⟧</div>
<div class="dl">⟦a 下载此文档⟧ ⟦a 存到书包⟧</div>
<div class="rec">⟦l 相关推荐：显微镜的结构课件｜观察植物细胞教学设计⟧</div>
</body></html>
""",
        body="""
一、教学目标：说出显微镜各部分结构的名称和作用；学会规范使用显微镜观察玻片标本。
二、教学重点：显微镜的使用步骤。教学难点：对光和调焦，以及物像移动方向与玻片移动方向的关系。
三、教学过程：
（一）导入。展示洋葱表皮细胞的显微照片，提问：这么小的结构是怎样看到的？
（二）认识结构。学生对照课本图示，认识目镜、物镜、粗准焦螺旋和细准焦螺旋等结构。
（三）练习使用。学生两人一组，按照取镜、安放、对光、观察、收放的步骤进行练习，教师巡视指导。
四、课堂小结：请学生说出使用显微镜的步骤和注意事项。
""",
    ),
    dict(
        slug="tender-microscope-bid-result",
        site="玹岭县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="tender",
        form="text",
        source="http://zfcg.xuanling.gov.cn.invalid/zbgg/2025/0627_0193.html",
        title="玹岭县中小学实验室显微镜采购项目中标结果公告",
        record_title="【中标公告】玹岭县中小学实验室显微镜采购项目中标结果公告",
        date="2025-06-27",
        notes="bid result as text: result table kept; agency contact kept; platform hotline chrome",
        page="""
!m 玹岭县政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
!t 【中标公告】玹岭县中小学实验室显微镜采购项目中标结果公告
!m 发布时间：2025-06-27　　浏览：305
{BODY}
!a 【打印本页】【关闭】
!m 平台服务热线：0736-95105
""",
        body="""
一、项目编号：XLZC2025-0418
二、项目名称：玹岭县中小学实验室显微镜采购项目
三、中标结果：
包号　中标供应商　中标金额（元）
1　瑆原博睿科教设备有限公司　386400.00
2　玑湖明视光学仪器有限公司　127850.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购代理机构玹岭县诚信招标有限公司，联系人：倪佳，电话：0736-7230918。
""",
    ),
    dict(
        slug="partybuilding-lab-branch-lecture-speech",
        site="瑄城机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xcjgdj.cn.invalid/dkjt/2025/0625/886.html",
        title="在检验检测中心党支部七一专题党课上的讲话",
        record_title="党课讲堂｜在检验检测中心党支部七一专题党课上的讲话",
        date="2025-06-26",
        notes="speech: date under the title; speaker line neutral; tail share bar",
        page="""
!m 瑄城机关党建网
!m 首页 > 党课讲堂
!t 党课讲堂｜在检验检测中心党支部七一专题党课上的讲话
{T}
市检验检测中心党支部书记　蒋望舒
（2025年6月26日）
{BODY}
!l 分享到：微信　QQ　微博
!l 上一篇：机关党委关于开展七一系列活动的通知
!m 中共瑄城市直属机关工作委员会 主办
""",
        body="""
同志们：
我们中心每天和显微镜打交道。显微镜能把看不见的东西放大，让问题无处藏身。我想借这个比喻，和大家谈谈怎样当好新时代的检验检测人。
一是要有“放大镜”一样的责任心。每一份报告都关系群众健康和企业发展，一个数据都不能马虎。
二是要有“准焦螺旋”一样的精准度。要不断学习新标准、新方法，让检测结果经得起复核。
三是要有“光源”一样的带动力。党员要在急难险重任务中站在前面，照亮身边的同志。
让我们以更加扎实的作风，守好质量安全的第一道关口。
""",
    ),
]
