"""holdout165, part E: drinking straws (吸管). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="dangjian-straw-factory-party-lesson-text",
        site="苕州非公党建网 (invented)",
        style="党建网",
        genre="讲稿",
        kind="speech",
        form="text",
        source="http://www.tiaozhou-fgdj.cn/dkjg/2025/0701/612.html",
        title="以党建引领吸管企业绿色转型——在纸吸管产业党建联盟成立会上的发言",
        record_title="【党课讲稿】以党建引领吸管企业绿色转型——在纸吸管产业党建联盟成立会上的发言",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="date under the title in Chinese numerals; speaker line neutral; site slogan",
        page="""
!m 苕州非公党建网　红色引擎　助力发展
!m 首页 » 党课讲稿
{T}
联盟理事长　龚秀芝
（二〇二五年六月三十日）
!m 发布日期：2025-07-01　点击：208
{BODY}
!a 分享到：微信　QQ　微博
!m 中共苕州市非公有制经济组织工作委员会　主办
""",
        body="""
各位党员同志：
禁塑令实施以来，我市吸管企业面临从塑料吸管转向纸吸管、秸秆吸管的压力。今天成立纸吸管产业党建联盟，就是要把十一家企业的党组织联起来，共享技术、共抓质量。
联盟成立后，我们将做好三件事：一是建立党员技术骨干攻关小组，解决纸吸管泡水变软的问题；二是组织质量互查，每季度一次；三是联合开拓订单，带动小企业渡过转型期。
""",
    ),
    dict(
        slug="hospital-html-straw-ward-patients",
        site="杞阳市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qysdermyy.com/hlzx/2025/1188.html",
        title="关于住院病区为卧床患者提供弯头吸管的通知",
        record_title="【护理部】关于住院病区为卧床患者提供弯头吸管的通知",
        date="2025-09-08",
        notes="hospital site with floating booking box; department line beside the 24-hour line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【护理部】关于住院病区为卧床患者提供弯头吸管的通知</title></head><body>
<div class="hd">⟦m 杞阳市第二人民医院⟧ ⟦m 24小时服务热线：0572-2656120⟧</div>
<nav>⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 护理园地⟧ ⟦m 就医指南⟧</nav>
<div class="pos">⟦m 首页 &gt; 护理园地 &gt; 护理动态⟧</div>
<h1>{T}</h1>
<div class="i">⟦m 发布时间：2025-09-08　作者：护理部⟧</div>
{BODY}
<div class="fl">⟦a 预约挂号⟧ ⟦w 在线咨询⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 地址：杞阳市健康路9号⟧ ⟦m 浙ICP备06011203号⟧</footer>
</body></html>
""",
        body="""
各病区：
为方便卧床和术后患者饮水，减少呛咳，自9月10日起各病区统一为有需要的患者提供一次性弯头吸管。
一、吸管由护理部统一申领，每床每日不超过6支。
二、责任护士应指导患者小口慢吸，吞咽困难患者须经评估后使用。
三、使用后的吸管按生活垃圾处理。
护理部联系电话：0572-2656388。
""",
    ),
    dict(
        slug="university-straw-materials-lab-news-text",
        site="苘湾大学材料学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://mse.qwu.edu.cn/xwdt/2025/0415/c1022a66120/page.htm",
        title="材料学院团队研发耐泡水甘蔗渣吸管",
        record_title="材料学院团队研发耐泡水甘蔗渣吸管",
        date="2025-04-15",
        notes="university sub-site; photo caption and 供稿 line glued after the last sentence",
        page="""
!m 苘湾大学材料科学与工程学院
!m 学院首页 | 学院新闻 | 科学研究 | 人才培养
{T}
!m 发布时间：2025-04-15　浏览次数：642
{BODY}
!l 上一条：学院召开研究生导师培训会
!l 下一条：我院学子在全国材料大赛中获奖
!m 版权所有 © 苘湾大学材料科学与工程学院
""",
        body="""
近日，学院生物基材料团队研发出一种以甘蔗渣纤维为主要原料的一次性吸管，在冷饮中浸泡4小时仍能保持形状。
与普通纸吸管相比，这种吸管不使用塑料淋膜，使用后可在自然条件下90天内降解。
⟦m 团队成员在实验室测试吸管强度。⟧
目前，团队已与两家本地企业签订中试合作协议。⟦m （供稿：材料学院　审核：万群）⟧
""",
    ),
    dict(
        slug="localforum-html-straw-milk-tea-shop",
        site="菀城论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://www.wanchengbbs.com/thread-310227-1-1.html",
        title="城东几家饮品店换了纸吸管，大家觉得怎么样",
        record_title="城东几家饮品店换了纸吸管，大家觉得怎么样 - 菀城茶馆 - 菀城论坛",
        date=None,
        notes="county forum; relative times only; jammer font junk",
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>城东几家饮品店换了纸吸管，大家觉得怎么样 - 菀城茶馆 - 菀城论坛</title></head><body>
<div class="hd">⟦m 菀城论坛 — 菀城人自己的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 菀城论坛 › 菀城茶馆 › 帖子⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主：东门老陈　发表于 昨天 20:11⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rp">⟦l 2楼 菀城小米：喝到最后有点软，不过能接受⟧</div>
<div class="rp">⟦l 3楼 路人甲：支持环保⟧</div>
<div class="ft">⟦m 菀城论坛 版权所有⟧ ⟦d 帖子内容仅代表网友个人观点⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
最近发现城东几家饮品店都换成了纸吸管，有的还是秸秆做的。
说实话，喝珍珠奶茶的时候纸吸管有点不顺手，泡久了会软。
不过想想塑料吸管用一次就扔，换一换也挺好。大家觉得呢？
""",
    ),
    dict(
        slug="download-straw-haccp-plan-text",
        site="优资料下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.youziliao.cc/down/2025/40716.html",
        title="纸吸管生产车间卫生管理方案",
        record_title="纸吸管生产车间卫生管理方案.doc下载",
        date=None,
        notes="download station text; file-info lines; mirror links; no date",
        page="""
!m 优资料下载 — 办公资料免费下
!m 资料名称：纸吸管生产车间卫生管理方案.doc
!m 资料大小：52KB　　更新时间：2025-03-03
!a 立即下载　　备用下载　　报告错误
{T}
{BODY}
!d 本站所有资源仅供学习交流，请勿用于商业用途。
!l 同类资料：食品包装车间卫生规范｜洁净车间管理制度
""",
        body="""
一、车间分区。将生产车间分为原纸存放区、卷管区、切管区和包装区，各区之间设置隔离门。
二、人员卫生。员工进入车间须更衣、洗手、消毒，佩戴发帽和口罩。
三、设备清洁。卷管机和切管机每班结束后清理纸屑和胶渍，每周全面消毒一次。
四、成品管理。成品应独立包装，存放在离地离墙的货架上。
""",
    ),
    dict(
        slug="exam-html-straw-inspector-interview",
        site="南峤人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.nqrsks.cn/gsgg/2025/1016/880.html",
        title="南峤县质量技术监督检验所2025年公开招聘工作人员面试公告",
        record_title="【考务公告】南峤县质量技术监督检验所2025年公开招聘工作人员面试公告",
        date="2025-10-16",
        notes="personnel-exam site; exam centre's phone beside the site's technical line; interview timetable; 打印 sentence body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】南峤县质量技术监督检验所2025年公开招聘工作人员面试公告</title></head><body>
<div class="top">⟦m 南峤人事考试网⟧ ⟦m 技术支持：0573-8869900⟧</div>
<nav>⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 成绩查询⟧ ⟦m 准考证打印入口⟧</nav>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-10-16　来源：县人社局⟧</div>
{BODY}
<div class="fav">⟦a 收藏本页⟧ ⟦a 打印本页⟧</div>
<footer>⟦d 本网站信息仅供参考，以正式文件为准⟧ ⟦m 浙ICP备11002456号⟧</footer>
</body></html>
""",
        body="""
根据笔试成绩，现将面试有关事项公告如下。
一、面试安排
岗位　面试人数　面试时间
食品接触材料检验员　6　10月25日上午
计量检定员　3　10月25日下午
二、考生须于10月22日起自行打印面试通知书。
三、面试咨询电话：0573-8862207。
南峤县人力资源和社会保障局
2025年10月16日
""",
    ),
    dict(
        slug="tender-straw-school-canteen-bid-result",
        site="岚山政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="tender",
        form="text",
        source="http://zfcg.lanshan.gov.cn/zbgg/2025/5521.html",
        title="岚山县中小学食堂可降解餐具及吸管采购项目中标结果公告",
        record_title="岚山县中小学食堂可降解餐具及吸管采购项目中标结果公告_岚山政府采购网",
        date="2025-08-28",
        notes="tender result; bid table; purchaser and agency contacts beside CA hotline",
        page="""
!m 岚山政府采购网
!m CA证书服务热线：400-812-5566
!m 首页 > 采购公告 > 结果公告
{T}
!m 发布日期：2025-08-28　　浏览次数：97
{BODY}
!l 上一篇：县疾控中心冷链设备采购公告
!m 岚山县财政局主办
""",
        body="""
一、项目编号：LSCG-2025-0617
二、中标结果
包号　中标供应商　中标金额
1　岚山绿禾包装有限公司　18.7万元
2　苕州竹语吸管厂　3.2万元
三、公告期限：自本公告发布之日起1个工作日。
四、联系方式：采购人岚山县教育局，联系人：余老师，电话：0574-6520118；代理机构岚山正信招标有限公司，联系人：姚工，电话：0574-6521907。
""",
    ),
    dict(
        slug="lawfirm-html-straw-plastic-ban-qa",
        site="衡策律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="article",
        form="html",
        source="https://www.hengce-law.com/insights/2025/0512.html",
        title="餐饮店继续提供塑料吸管会被罚吗？",
        record_title="法律讲堂丨餐饮店继续提供塑料吸管会被罚吗？",
        date="2025-05-12",
        notes="law firm article with consult card; 发布于 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨餐饮店继续提供塑料吸管会被罚吗？</title></head><body>
<div class="hd">⟦m 衡策律师事务所⟧ ⟦m 首页 · 专业领域 · 律师观点 · 联系我们⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 发布于 2025-05-12　作者：柯宁律师⟧</div>
{BODY}
<div class="card">⟦w 扫码添加律师微信，免费初步评估⟧ ⟦w 电话：0571-8766 3210⟧</div>
<footer>⟦d 本文不构成对任何具体事项的法律意见⟧ ⟦m © 衡策律师事务所⟧</footer>
</body></html>
""",
        body="""
不少餐饮店主问：店里还有库存塑料吸管，继续给顾客用会不会被罚？
根据有关规定，餐饮行业已禁止使用不可降解一次性塑料吸管，违反规定的，可由有关部门责令改正，并可处以罚款。
建议店主尽快更换为纸吸管等替代品，并保留采购凭证，以备检查。
""",
    ),
    dict(
        slug="community-html-straw-elderly-canteen",
        site="西沅社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiyuan-sq.cn/news/2025/0902.html",
        title="关于社区长者食堂提供防呛吸管杯的通知",
        record_title="【居民须知】关于社区长者食堂提供防呛吸管杯的通知",
        date="2025-09-02",
        notes="residents' site; community duty phone beside property hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【居民须知】关于社区长者食堂提供防呛吸管杯的通知</title></head><body>
<div class="hd">⟦m 西沅社区服务网⟧ ⟦m 物业报修：0577-8605500⟧</div>
<nav>⟦m 社区动态⟧ ⟦m 便民服务⟧ ⟦m 居民须知⟧</nav>
<h2>{T}</h2>
{BODY}
<div class="pn">⟦l 上一条：秋季义诊活动预告⟧ ⟦l 下一条：燃气安全入户检查安排⟧</div>
<footer>⟦m 西沅社区居委会 主办⟧</footer>
</body></html>
""",
        body="""
各位居民：
为方便吞咽不便的老人就餐，社区长者食堂自9月5日起免费提供防呛吸管杯，老人可在取餐窗口领取，用后交回由食堂统一清洗消毒。
社区值班电话：0577-8601234。
西沅社区居委会
2025年9月2日
""",
    ),
    dict(
        slug="association-straw-packaging-industry-report",
        site="苕州市包装行业协会 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.tzbzxh.org/hydt/2025/33.html",
        title="2025年上半年全市吸管行业运行情况报告",
        record_title="2025年上半年全市吸管行业运行情况报告",
        date="2025-07-18",
        notes="association report; data table; site footer",
        page="""
!m 苕州市包装行业协会
!m 首页 | 协会简介 | 协会动态 | 会员单位
{T}
!m 日期：2025-07-18　　来源：协会秘书处
{BODY}
!a 【打印】　【返回】
!m 协会电话：0572-2201188　　地址：苕州市工业大道55号
""",
        body="""
上半年，全市吸管行业实现产值4.6亿元，同比增长9.3%。
品类　产量（亿支）　同比
纸吸管　38.2　+15.1%
秸秆吸管　6.7　+41.0%
PLA吸管　12.5　-3.2%
行业面临的主要问题是原纸价格上涨和出口订单波动。协会将组织企业联合采购原纸，降低成本。
苕州市包装行业协会秘书处
2025年7月18日
""",
    ),
]
