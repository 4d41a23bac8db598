"""holdout154, part B: a blog, WeChat mirrors, sharing pages, education portals, intranets, Q&A. Invented text."""

CASES = [
    dict(
        slug="blog-shanjian-text-atractylodes-wrap",
        site="山涧药农手记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://shanjian.blog.xinbo.cn/art/2024/1205/73110",
        title="2024年白术种植示范基地工作小结",
        record_title="【原创】2024年白术种植示范基地工作小结 - 山涧药农手记 - 新博博客",
        date="2024-12-05",
        notes="hard-wrapped at 62 columns; blog post time in a byline; tags and comment box",
        page="""
!m 新博博客 › 山涧药农手记
!t 【原创】2024年白术种植示范基地工作小结
!m 发表于：2024-12-05 08:40 ｜ 阅读(203) ｜ 评论(4) ｜ 分类：基地日志
{BODY}
!l 标签：白术　示范基地　中药材
!l 上一篇：霜降前的白术采挖　　下一篇：给合作社会计的一封信
!l 发表评论（需登录）：
!l 昵称：老向　｜　白术根腐病那段很实用，收藏了
!m 新博博客 xinbo.cn 版权所有
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
今年，基地在县农业农村局和县中药材产业办的支持下，示范种植白术260亩，带动周边农户种植1100亩，全年总体平稳，基本完成年初确定的目标。
一、主要做法
一是推行“种苗统一、起垄栽培”。基地统一从道地产区调运种苗，采用高垄双行栽培，有效减少了积水烂根。二是推广绿色防控。全年悬挂诱虫板4000张，白术根腐病发病率比去年下降了约五个百分点。三是搞好产销衔接。与两家饮片企业签订保底收购协议，收购价每公斤不低于22元。
二、存在问题
连作障碍逐步显现，部分老地块出苗率不足七成；采挖、晾晒主要靠人工，用工成本偏高。
三、明年打算
明年计划在基地试验白术与玉米轮作，引进一台小型根茎类收获机，并争取建设一座烘干房，力争亩均增收500元以上。
""",
    ),
    dict(
        slug="wechat-yuexi-html-notice-fritillaria",
        site="微文镜像站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.weiwenjx.com/s/5ZgqP8XaTn2",
        title="关于做好2024年浙贝母采收期质量抽检工作的通知",
        record_title="关于做好2024年浙贝母采收期质量抽检工作的通知",
        date="2024-05-06",
        date_also=["2024-05-08"],
        notes="WeChat mirror: account line with date, 阅读原文/在看 row; sentence asks readers to 关注 and 扫码 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2024年浙贝母采收期质量抽检工作的通知</title>
<script src="//res.weiwenjx.com/mirror.js"></script></head><body>
<div class="mirror-bar">⟦m 微文镜像 · 公众号文章存档⟧ <a>⟦a 查看原文⟧</a></div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 樟溪县市场监管 　2024-05-08 17:30　浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧ ⟦a 赞 12⟧ ⟦a 在看 5⟧ ⟦a 分享⟧</div>
<div class="tail">⟦l 留言 写留言⟧</div>
<div class="mirror-foot">⟦d 本页为公众号文章镜像，版权归原作者，若需删除请联系 mirror@weiwenjx.com⟧</div>
</body></html>
""",
        body="""
各乡镇（街道）市场监管所，各浙贝母加工企业、专业合作社：
浙贝母即将进入集中采收加工期。为防止硫磺熏蒸、掺杂使假等问题，保障中药材质量安全，现就做好采收期质量抽检工作通知如下。
一、抽检范围。全县浙贝母初加工企业、合作社、家庭加工户和产地交易市场。
二、抽检项目。重点检测二氧化硫残留量、水分、总灰分和贝母素甲、乙含量。
三、时间安排。5月10日至6月30日，分两轮开展，每轮抽检不少于60批次。
四、有关要求。各加工主体要建立购销台账，如实记录产地、数量和去向。群众可关注“樟溪县市场监管”公众号，扫码查询抽检结果。
樟溪县市场监督管理局
2024年5月6日
""",
    ),
    dict(
        slug="wechat-dushu-text-report-merganser",
        site="公号文摘 (invented)",
        style="公众号镜像",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.gonghaowz.com/a/2024/0318/664921.html",
        title="2023—2024年越冬季中华秋沙鸭监测报告",
        record_title="中华秋沙鸭来了！2023—2024年越冬季中华秋沙鸭监测报告",
        date="2024-03-15",
        notes="decorated record title with an exclamation lead; WeChat mirror with original-account line; data table rows",
        page="""
!m 公号文摘 > 自然生态
!t 中华秋沙鸭来了！2023—2024年越冬季中华秋沙鸭监测报告
!m 原创　霞浦江湿地保护站　霞浦江湿地　2024-03-18 09:00
!a 点击上方蓝字关注我们
{BODY}
!a ▲长按识别二维码，关注霞浦江湿地
!a 分享　收藏　在看　点赞
!l 往期推荐｜湿地里的“冬候鸟名单”
!l 往期推荐｜护鸟志愿者招募啦
!d 文摘内容源于公众号公开发布，仅供阅读交流。
""",
        body="""
2023年11月至2024年2月，霞浦江湿地保护站组织监测人员，在霞浦江干流及三条支流开展中华秋沙鸭越冬种群监测，共完成样线调查16次，累计巡护里程1420公里。现将监测结果报告如下。
一、种群数量
本越冬季共记录中华秋沙鸭最大集群数量47只，比上一越冬季增加9只，为有记录以来最多。
二、分布情况
河段　最大记录数量　主要生境
上游峡谷段　18只　急流浅滩
中游村落段　21只　卵石河滩
支流汇口段　8只　深潭缓流
三、主要威胁
监测中发现，部分河段存在非法电鱼、夜间采砂和游客近距离拍摄惊扰等情况，对越冬种群安全构成威胁。
四、保护建议
建议加强重点河段夜间巡护，联合渔政部门打击电鱼行为，在观鸟点设置隔离带和提示牌，引导公众科学观鸟。
霞浦江湿地保护站
2024年3月15日
""",
    ),
    dict(
        slug="share-dokupan-html-plan-water-deer",
        site="独库文档分享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.dukudoc.com/d/9817702.html",
        title="滨江湿地獐种群本底调查实施方案",
        record_title="滨江湿地獐种群本底调查实施方案.pdf",
        date=None,
        notes="file-name record title; sharing reader with upload notice; no date in the document (year only absent), share stamp not a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>滨江湿地獐种群本底调查实施方案.pdf - 独库文档</title>
<script src="/assets/pdfview.js"></script></head><body>
<div class="topnav">⟦m 独库文档⟧ <span>⟦m 分享知识 传播价值⟧</span> <a>⟦a 上传文档赚收益⟧</a></div>
<div class="docinfo"><h2>{T}</h2><p>⟦m 分享者：湿地小獐　分享于 5天前　浏览 329　下载 17⟧</p></div>
<div class="view">
{BODY}
</div>
<p class="tip">⟦a 本文档可免费预览全部内容，下载需消耗 5 积分⟧</p>
<p class="tip">⟦d 该文档由用户自行上传分享，独库文档不对其内容承担责任，侵权请点此反馈。⟧</p>
<div class="rel"><p>⟦l 猜你感兴趣：红外相机监测技术规程⟧</p><p>⟦l 野生动物样线调查表（空白）⟧</p></div>
<div class="ft">⟦m ©独库文档 dukudoc.com 苏ICP备21088412号⟧</div>
</body></html>
""",
        body="""
一、调查目的
摸清滨江湿地獐的种群数量、分布范围和栖息地利用状况，为制定保护管理措施提供依据。
二、调查范围和时间
调查范围为滨江湿地保护区核心区和缓冲区，面积约46平方公里。野外调查分冬、春两季进行，每季连续调查不少于20天。
三、调查方法
1.样线法。按照不同生境类型布设样线24条，每条长2至3公里，记录獐的实体、足迹和粪便。
2.红外相机法。在芦苇地、林缘和农田交错带布设红外相机60台，每台间距不小于500米。
3.访问调查。走访周边村民和巡护员，了解獐的历史分布和人獐冲突情况。
四、成果要求
调查结束后一个月内提交调查报告、分布图和影像资料库。
""",
    ),
    dict(
        slug="share-xiaoshu-text-rules-hot-sour-noodles",
        site="小书包资料分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://xiaoshubao.cc/share/2b9a61f0",
        title="酸辣粉门店后厨卫生管理制度",
        record_title="酸辣粉门店后厨卫生管理制度（可编辑）",
        date=None,
        notes="sharing page; rules whose articles speak of 扫码/打印 as content; no date; view stamps",
        page="""
!m 小书包 · 资料分享
!t 酸辣粉门店后厨卫生管理制度（可编辑）
!m 文件大小：38KB　　分享时间：2小时前　　已被下载 64 次
!a 【免费下载】　【在线编辑】　【转存到我的书包】
{BODY}
!a 以上为全文预览，下载后可直接编辑打印使用
!l 相似资料：小吃店员工健康管理制度　·　餐饮门店晨检记录表
!d 资料均为网友分享，如有侵权请联系删除。
""",
        body="""
第一条　为规范门店后厨卫生管理，保障食品安全，根据餐饮服务食品安全操作规范，制定本制度。
第二条　员工上岗前须进行晨检，凡有发热、腹泻、手部伤口等情况的，不得从事直接接触食品的工作。
第三条　红薯粉、辣椒油等原料须从公司指定供应商采购，收货时扫码核对追溯信息，索取检验报告。
第四条　泡发粉条使用专用容器，泡发时间不得超过当天营业时间，剩余粉条一律废弃。
第五条　操作台、刀具、砧板实行生熟分开、颜色区分，每班结束后清洗消毒。
第六条　后厨卫生检查表由店长每日填写，每月打印存档，保存期限不少于两年。
第七条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="edu-tongcheng-html-notice-student-aid",
        site="桐城区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tongcheng.gov.cn/tzgg/2024/0902/3381.html",
        title="关于做好2024年秋季学期家庭经济困难学生助学金申报工作的通知",
        record_title="关于做好2024年秋季学期家庭经济困难学生助学金申报工作的通知-桐城区教育局",
        date="2024-09-02",
        notes="education portal; contact and e-mail of the document beside the portal's address; 附件 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2024年秋季学期家庭经济困难学生助学金申报工作的通知-桐城区教育局</title>
<script src="/js/common.js"></script></head><body>
<div class="banner">⟦m 桐城区教育局⟧ <span>⟦m 办人民满意的教育⟧</span></div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 教育资讯⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 学生资助⟧</li></ul>
<div class="path">⟦m 当前位置：首页 / 通知公告⟧</div>
<h3>{T}</h3>
<div class="src">⟦m 发布时间：2024-09-02　作者：资助中心　浏览次数：1206⟧</div>
<div class="body">
{BODY}
</div>
<div class="btns">⟦a [ 打印 ]⟧ ⟦a [ 收藏 ]⟧ ⟦a [ 关闭 ]⟧</div>
<div class="foot">⟦m 地址：桐城区文昌路16号　邮编：246500⟧<br>⟦m 版权所有：桐城区教育局　技术支持：皖云网络⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为做好2024年秋季学期家庭经济困难学生资助工作，现将助学金申报有关事项通知如下。
一、资助对象。具有本区正式学籍的家庭经济困难学生，重点保障脱贫家庭、低保家庭、特困供养和残疾学生。
二、资助标准。学前教育每生每年1000元，小学寄宿生每生每年1000元，初中寄宿生每生每年1250元，普通高中每生每年平均2000元。
三、申报程序。学生本人或监护人提出申请，学校组织评议并公示5个工作日，无异议后于9月30日前报区学生资助管理中心。
四、其他要求。各校要严禁将助学金用于抵扣学费，严禁要求学生当众诉苦。
联系人：鲍晓芸，电话：0556-6122318，邮箱：tcxszz@163.com。
附件：1.家庭经济困难学生认定申请表
2.助学金发放汇总表
桐城区教育局
2024年9月2日
""",
    ),
    dict(
        slug="edu-heshan-text-summary-spring-bud",
        site="鹤山县教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.hsjyxx.net/html/zongjie/20240108/1422.html",
        title="鹤山县“春蕾计划”女童助学项目2023年度工作总结",
        record_title="鹤山县“春蕾计划”女童助学项目2023年度工作总结",
        record_date="2024-01-08",
        date="2024-01-08",
        notes="record title and date; a table with ideographic spaces; numbered list; chrome box between paragraphs",
        page="""
!m 鹤山县教育信息网 | 首页 > 工作动态 > 总结汇报
{T}
!m 作者：县妇联 县教育局　　来源：本站　　时间：2024-01-08　　阅读：588
{BODY}
!a [关闭本页]　[返回顶部]
!l 本栏目最新：
!l · 县中小学寒假安全工作提示
!l · 2023年教育系统民生实事完成情况
!m 鹤山县教育信息网 主办：鹤山县教育局　备案：赣ICP备12008812号
""",
        body="""
2023年，县妇联、县教育局联合实施“春蕾计划”女童助学项目，在社会各界的支持下，帮助一批家庭困难女童顺利完成学业。现将全年工作总结如下。
一、资助情况
学段　资助人数　资助金额（万元）
小学　126　25.2
初中　98　24.5
高中　41　16.4
⟦l 【相关专题】春蕾计划三十年：那些被改变的人生⟧
二、主要做法
1.精准识别。依托学籍系统和民政数据比对，逐一入户核实，确保资助对象准确。
2.一对一结对。动员134名爱心人士与受助女童结对，定期通信和走访。
3.成长陪伴。组织暑期夏令营和心理辅导讲座，受助女童参与率达90%以上。
三、下一步打算
继续扩大资金筹集渠道，探索将资助对象延伸到职业院校女生，做好资助育人工作。
""",
    ),
    dict(
        slug="intranet-wuxiang-html-minutes-taosu",
        site="五香斋食品有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.wuxiangzhai.local/doc/view.do?docid=20240611003",
        title="桃酥车间质量例会会议纪要",
        record_title="【会议纪要】桃酥车间质量例会会议纪要（第6期）",
        date="2024-06-11",
        notes="intranet document view with its 流转记录 and read count; minutes' lines; vote count",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【会议纪要】桃酥车间质量例会会议纪要（第6期）</title>
<script src="/oa/js/doc.js"></script></head><body>
<div class="oa-top">⟦m 五香斋协同办公⟧ ⟦m 欢迎您，质检部 齐玥⟧ ⟦a 退出⟧</div>
<div class="oa-nav">⟦m 公文 ＞ 会议纪要 ＞ 查看⟧</div>
<h2>{T}</h2>
<div class="docno">五香斋纪〔2024〕6号</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2024-06-11 16:20 生产部 周冰 拟稿⟧</p><p>⟦m 2024-06-12 09:05 副总经理 彭克 审核通过⟧</p><p>⟦m 已阅 37 人 / 未阅 5 人⟧</p></div>
<div class="ops">⟦a 传阅⟧ ⟦a 导出PDF⟧ ⟦a 加入我的收藏⟧</div>
<div class="oa-foot">⟦d 内部资料 注意保密 禁止外传⟧</div>
</body></html>
""",
        body="""
时间：2024年6月11日14:30
地点：生产楼三楼会议室
主持：彭克
出席：生产部、质检部、采购部、桃酥车间班组长共14人
记录：周冰
会议通报了5月份桃酥产品质量情况，研究了近期客户反映的“酥皮易碎”问题，形成如下意见：
一、5月份桃酥成品抽检合格率99.2%，两批次因烘烤色泽偏深降级处理。
二、酥皮易碎主要原因是新批次面粉筋度偏低。采购部要与供应商沟通，恢复原有规格，每批面粉入厂加测湿面筋。
三、车间调整起酥油用量和醒面时间，试产三批后由质检部评估。
四、会议表决通过《桃酥车间烤炉温度记录规定》，应到14人，实到14人，同意14票。
""",
    ),
    dict(
        slug="intranet-zhuyun-text-notice-toothpick-safety",
        site="竹韵日用品厂内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2024-153",
        title="关于牙签生产线削尖工段安全整改的通知",
        record_title=None,
        date="2024-04-22",
        notes="title missing; intranet notice with click count and reader list; 抄送 line; decimal headings",
        page="""
!m 竹韵日用品厂 企业门户 » 通知公告
{T}
!m 发布部门：安全环保科　　发布人：俞飞　　发布时间：2024-04-22 10:12　　点击：211
!a [下载附件]　[打印]　[转发到部门群]
{BODY}
!m 阅读人员：削尖工段 夏国强、柯丽 等52人
!d 本页面仅限厂内网络访问
""",
        body="""
各车间、各工段：
4月18日，牙签生产线削尖工段发生一起员工手指被砂轮擦伤事件。为消除隐患，现就安全整改通知如下。
1.整改内容
1.1 削尖机砂轮防护罩于4月26日前全部更换为加长型，进料口加装挡板。
1.2 粉尘收集管道每周清理一次，清理记录挂机台备查。
2.人员要求
2.1 削尖工段员工必须佩戴防割手套和防尘口罩。
2.2 新员工未经三级安全教育考核合格，不得独立操作。
3.检查验收
安全环保科于4月29日组织验收，验收不合格的机台一律停机。
竹韵日用品厂安全环保科
2024年4月22日
抄送：厂长办公室，生产部。
""",
    ),
    dict(
        slug="qa-wenda-html-answer-rapeseed-oil",
        site="知问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwenwang.com/q/4418290.html",
        title="小榨菜籽油作坊怎么办理食品小作坊登记证？",
        record_title=None,
        date="2024-10-11",
        date_also=["2024-10-09"],
        notes="Q&A page: question as the title; answer's 回答于 as the page's date; numbered list; contact of the bureau quoted in the answer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>小榨菜籽油作坊怎么办理食品小作坊登记证？ - 知问网</title></head><body>
<div class="hd">⟦m 知问网⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：油坊小哥　2024-10-09　浏览 1,337⟧</p><p>⟦m 家里想开个小榨油坊，需要什么手续？⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span> <span>⟦m 答主：食安老周　回答于 2024-10-11⟧</span>
{BODY}
</div>
<div class="vote">⟦a 有用(58)⟧ ⟦a 没用(2)⟧ ⟦a 评论⟧</div>
<div class="other">⟦l 其他回答（3）⟧ ⟦l 相关问题：菜籽油小作坊需要哪些设备？⟧</div>
<div class="ft">⟦m © 知问网 京ICP备18045520号⟧</div>
</body></html>
""",
        body="""
小榨菜籽油属于食品小作坊，按照各地小作坊管理条例，需要到县级市场监管部门办理登记证。一般流程是：
1.准备材料：登记申请书、经营者身份证明、作坊场所平面图和设备布局图、从业人员健康证明。
2.场所要求：生产区与生活区分开，压榨、过滤、灌装区域相对独立，地面墙面易清洗。
3.现场核查：监管部门受理后上门核查，合格的一般在10个工作日内发证。
另外要注意，小作坊生产的菜籽油一般只能在本县范围内销售，包装上要标注登记证编号和生产日期。具体可以咨询当地市场监管局窗口，比如我们县的咨询电话是0734-8812315。
""",
    ),
    dict(
        slug="qa-baiwen-text-answer-luffa-sponge",
        site="百问堂 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://baiwentang.cn/question/902177",
        title="丝瓜络加工合作社的章程里分红条款一般怎么写？",
        record_title="丝瓜络加工合作社的章程里分红条款一般怎么写？-百问堂",
        date=None,
        notes="Q&A with relative times only (no date); answer quotes a template with placeholders; several answers chrome",
        page="""
!m 百问堂 > 三农 > 合作社
!t 丝瓜络加工合作社的章程里分红条款一般怎么写？
!m 3个回答　　被浏览 902 次　　提问于 3天前
!m 采纳答案
{BODY}
!m 回答者：农经站小陆　　昨天
!a 赞同 21　　反对　　收藏　　举报
!l 其他回答：直接去县农经站要模板就行，他们有现成的。
!l 其他回答：看你们是按交易量还是按股份分。
!l 你可能还想问：合作社年报怎么填？
!m 百问堂 baiwentang.cn
""",
        body="""
分红条款一般写在“盈余分配”一章，可以参考下面的写法，按你们社的情况改：
第××条　本社年度盈余在弥补亏损、提取公积金后，按下列方式分配：
（一）按成员与本社的丝瓜络交易量（额）比例返还，返还总额不低于可分配盈余的60%；
（二）剩余部分按成员出资额和公积金份额比例分配。
第××条　盈余分配方案由理事会拟订，经成员大会讨论通过后实施，并于××××年××月××日前向全体成员公布。
要注意的是，交易量返还不能低于六成，这是法律的硬性要求，写少了登记机关不会通过。
""",
    ),
]
